package org.dateline.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in was refused without checking the password: too many recent failures for the account or address. */
public class LoginThrottled extends AuthenticationException {

    public LoginThrottled(String message) {
        super(message);
    }
}
