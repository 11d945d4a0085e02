package org.dateline.feeds;

/** A request OAI-PMH answers with one of its error codes (e.g. {@code badArgument}) instead of a result. */
class OaiError extends RuntimeException {

    private final String code;

    OaiError(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Whether the protocol wants the request element without attributes (badVerb and badArgument). */
    boolean rejectsArguments() {
        return code.equals("badVerb") || code.equals("badArgument");
    }
}
