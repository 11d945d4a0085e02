package org.dateline.ingest;

/** An import source that cannot become an item: it lacks a title, a body or a date. */
final class ItemRefused extends RuntimeException {

    ItemRefused(String message) {
        super(message);
    }
}
