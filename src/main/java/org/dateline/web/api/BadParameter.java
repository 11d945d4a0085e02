package org.dateline.web.api;

/** A request to the API carried a parameter it cannot use; {@code parameter} names it, the message says why. */
class BadParameter extends RuntimeException {

    private final String parameter;

    BadParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
