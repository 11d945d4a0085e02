package org.dateline.ingest;

/** A legacy page that cannot become an item: it shows no title or no body text. */
public final class UnreadablePage extends RuntimeException {

    /** What the page lacks. */
    public enum Reason {
        NO_TITLE,
        NO_BODY
    }

    private final Reason reason;

    UnreadablePage(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
