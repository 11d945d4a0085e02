package org.dateline.security;

/** A token could not be created as asked; the message says why and {@link #field()} names the form field. */
public class InvalidApiToken extends IllegalArgumentException {

    private final String field;

    public InvalidApiToken(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
