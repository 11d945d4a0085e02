package org.dateline.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password encoder (bcrypt by default, older hashes still readable) and the throttled sign-in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider accountAuthenticationProvider(
            AccountSignIn signIn, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        return new ThrottledAuthenticationProvider(signIn, encoder, throttle, audit);
    }
}
