package org.dateline.search;

/** A search asked for something that cannot be answered (too long a text, a page too deep, a tampered cursor); the message says what. */
public class InvalidSearch extends IllegalArgumentException {

    public InvalidSearch(String message) {
        super(message);
    }
}
