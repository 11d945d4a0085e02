package org.dateline.taxonomy;

import java.util.NoSuchElementException;

/** No term has the requested id. */
public class TermNotFound extends NoSuchElementException {

    private final long id;

    public TermNotFound(long id) {
        super("No term has the id " + id);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
