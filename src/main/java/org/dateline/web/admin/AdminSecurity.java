package org.dateline.web.admin;

import org.dateline.security.LoginThrottled;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Guards the back office ({@code /admin/**}): form sign-in with throttling, CSRF tokens on every form, a new
 * session id on sign-in, sign-out by POST. Everything else (the public site, {@code /internal/**} with its own
 * token) passes through untouched, so public pages stay anonymous, cacheable and sessionless.
 */
// Commands (./dateline import, reindex) run the application without a web server, and need no filter chain.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminSecurity {

    static final String LOGIN = "/admin/login";

    @Bean
    SecurityFilterChain adminFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/admin/**")
                .authorizeHttpRequests(requests ->
                        requests.requestMatchers(LOGIN).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .defaultSuccessUrl("/admin", false)
                        .failureHandler(failureHandler()))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN + "?outcome=signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            // A disabled account reads as a failed sign-in: the page does not tell which accounts exist.
            String reason = exception instanceof LoginThrottled ? "throttled" : "failed";
            response.sendRedirect(request.getContextPath() + LOGIN + "?outcome=" + reason);
        };
    }
}
