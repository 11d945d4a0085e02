package org.dateline.taxonomy;

/** A change to the vocabulary was refused; the message says which rule it broke. */
public class InvalidTerm extends IllegalArgumentException {

    public InvalidTerm(String message) {
        super(message);
    }
}
