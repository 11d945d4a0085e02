package org.dateline.security;

/** An account change was refused; the message says why and {@link #field()} names the form field at fault. */
public class InvalidAccount extends IllegalArgumentException {

    private final String field;

    public InvalidAccount(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
