package org.dateline.search;

import java.util.Optional;

/**
 * A search asked for something that cannot be answered (too long a text, a page too deep, a tampered cursor, a filter
 * on a term that does not exist); the message says what, and {@link #parameter()} names the URL parameter at fault
 * when one is.
 */
public class InvalidSearch extends IllegalArgumentException {

    private final String parameter;

    public InvalidSearch(String message) {
        this(message, null);
    }

    public InvalidSearch(String message, String parameter) {
        super(message);
        this.parameter = parameter;
    }

    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }
}
