package org.dateline.media;

/** An upload was refused; the message tells the person uploading why, and what would be accepted. */
public class MediaRefused extends RuntimeException {

    /** Why, for callers that answer differently (a file too large is HTTP 413, the rest 400). */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        TYPE_NOT_ALLOWED,
        NAME_CONTRADICTS_CONTENT,
        UNREADABLE,
        ALT_TEXT_MISSING,
        TEXT_TOO_LONG
    }

    private final Reason reason;

    public MediaRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
