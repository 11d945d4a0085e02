package org.dateline.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.security.ApiAccess;
import org.dateline.security.ApiTokenRejected;
import org.dateline.security.ApiTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the API's writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/v1/}): each
 * request carries an API token ({@code Authorization: Bearer dl_...}) and is authenticated on its own, with no
 * session. A missing, unknown, revoked or expired token is answered 401 with a problem and {@code WWW-Authenticate}.
 * Reads ({@code GET /api/v1/**}) match no chain and stay anonymous, like the public site.
 */
// Commands (./dateline import, reindex) run the application without a web server, and need no filter chain.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ItemWriteSecurity {

    private static final String PATTERN = "/api/v1/**";
    private static final String API_AUTHORITY = "API_TOKEN";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(1)
    SecurityFilterChain apiWriteFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        AuthenticationEntryPoint entryPoint = ItemWriteSecurity::unauthorized;
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher(HttpMethod.POST, PATTERN),
                        paths.matcher(HttpMethod.PUT, PATTERN),
                        paths.matcher(HttpMethod.PATCH, PATTERN),
                        paths.matcher(HttpMethod.DELETE, PATTERN)))
                // Only a token counts here: a back-office session (a cookie) authenticates nobody for the API.
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(API_AUTHORITY))
                // CSRF guards credentials a browser adds on its own (cookies). A token travels only in a header
                // its holder sets, so a forged cross-site request cannot carry it: there is nothing to guard.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> unauthorized(request, response, null)))
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** The request's token as a Spring Security principal ({@link ApiAccess}); requests without one pass on. */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final ApiTokens tokens;
        private final AuthenticationEntryPoint entryPoint;

        BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
            this.tokens = tokens;
            this.entryPoint = entryPoint;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || header.isBlank()) {
                chain.doFilter(request, response);
                return;
            }
            try {
                if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    throw new ApiTokenRejected("The API takes a bearer token: Authorization: Bearer dl_...");
                }
                ApiAccess access = tokens.authenticate(header.substring(7).strip());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        access, null, List.of(new SimpleGrantedAuthority(API_AUTHORITY))));
                SecurityContextHolder.setContext(context);
            } catch (ApiTokenRejected rejected) {
                SecurityContextHolder.clearContext();
                entryPoint.commence(request, response, rejected);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean rejected = exception instanceof ApiTokenRejected;
        String detail = rejected
                ? exception.getMessage()
                : "Writing through the API needs an API token: Authorization: Bearer dl_...";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(
                "WWW-Authenticate",
                rejected
                        ? "Bearer realm=\"dateline\", error=\"invalid_token\", error_description=\""
                                + detail.replace("\"", "'") + "\""
                        : "Bearer realm=\"dateline\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Unauthorized");
        problem.put("status", 401);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
