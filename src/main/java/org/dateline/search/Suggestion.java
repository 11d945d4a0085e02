package org.dateline.search;

/** A completion of what the reader is typing: a published item's title or a vocabulary term, with its page. */
public record Suggestion(Kind kind, String label, String path) {

    public enum Kind {
        ITEM,
        TERM
    }
}
