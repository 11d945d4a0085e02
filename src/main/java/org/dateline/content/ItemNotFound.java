package org.dateline.content;

import java.util.NoSuchElementException;
import java.util.UUID;

/** No item has the requested id. */
public class ItemNotFound extends NoSuchElementException {

    private final UUID id;

    public ItemNotFound(UUID id) {
        super("No item has the id " + id);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
