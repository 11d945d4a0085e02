package org.dateline.security;

/** No account has the username or id. */
public class AccountNotFound extends RuntimeException {

    public AccountNotFound(String username) {
        super("There is no account " + username);
    }
}
