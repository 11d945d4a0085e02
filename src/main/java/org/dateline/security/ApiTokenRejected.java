package org.dateline.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that authenticates nobody: unknown, revoked, expired, or of a disabled account. */
public class ApiTokenRejected extends AuthenticationException {

    public ApiTokenRejected(String message) {
        super(message);
    }
}
