package org.dateline.ingest;

/**
 * A vocabulary term as an item file names it: by slug, by name, or both. On import the slug is tried first, then the
 * name (or alias); on export both are written.
 */
public record TermReference(String slug, String name) {

    public TermReference {
        slug = blankToNull(slug);
        name = blankToNull(name);
        if (slug == null && name == null) {
            throw new IllegalArgumentException("A term reference needs a slug or a name");
        }
    }

    public static TermReference named(String name) {
        return new TermReference(null, name);
    }

    /** How a message shows the reference: its name, else its slug. */
    public String label() {
        return name != null ? name : slug;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
