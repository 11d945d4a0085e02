package org.dateline.ingest;

/** A line of an NDJSON item file that is no item: not JSON, not an object, or a value of the wrong form. */
public final class InvalidItemLine extends RuntimeException {

    InvalidItemLine(String message) {
        super(message);
    }
}
