package org.dateline.security;

/** A token just created, with its secret: the only time the secret exists outside the caller's hands. */
public record IssuedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token.prefix() + "...]";
    }
}
