package org.dateline.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks a username and password against the accounts, refusing at once while the account or address is locked. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(
            AccountSignIn signIn, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        super(signIn::loadUserByUsername);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (throttle.isLocked(username, address)) {
            audit.record(username, "sign-in.refused", username, "too many failures", address);
            throw new LoginThrottled("Too many failed sign-ins for " + username + " or from " + address);
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username);
            audit.record(username, "sign-in", username, null, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            audit.record(username, "sign-in.failed", username, "wrong username or password", address);
            throw e;
        } catch (AuthenticationException e) {
            audit.record(username, "sign-in.failed", username, e.getClass().getSimpleName(), address);
            throw e;
        }
    }
}
