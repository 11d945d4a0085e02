package org.dateline.content;

/**
 * An item was refused by the workflow; the message says why and {@link #field()} names the offending record component (e.g.
 * {@code title}, {@code fieldOfWorkIds}, {@code path}) so that a form can show the message next to it.
 */
public class InvalidItem extends IllegalArgumentException {

    private final String field;

    public InvalidItem(String field, String message) {
        super(message);
        this.field = field;
    }

    static InvalidItem missing(String field) {
        return new InvalidItem(field, "The item's " + field + " is missing");
    }

    public String field() {
        return field;
    }
}
