package org.dateline.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads an account for signing in: its id, name, state and password hash. Deliberately no
 * {@code UserDetailsService} bean: only the throttled provider signs people in.
 */
@Component
public class AccountSignIn {

    private final Accounts accounts;

    AccountSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    SignedInAccount loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        String hash = accounts.passwordHash(account.username()).orElseThrow();
        return new SignedInAccount(account.id(), account.username(), account.enabled(), hash);
    }

    /** The principal of an account, for tests that sign in without a password. */
    public UserDetails principalOf(String username) {
        return loadUserByUsername(username);
    }
}
