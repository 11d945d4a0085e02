package org.dateline.ingest;

/** A legacy file that is not text the readers can take: empty, too large, binary or not UTF-8. */
public final class UnusableFile extends RuntimeException {

    /** Why the file cannot be read. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        BINARY,
        NOT_UTF8
    }

    private final Reason reason;

    UnusableFile(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
