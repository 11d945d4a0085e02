package org.dateline.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A URL path segment: lower-case ASCII letters, digits and single hyphens. */
public record Slug(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 120;

    public Slug {
        if (value == null
                || value.length() > MAX_LENGTH
                || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a slug: " + value);
        }
    }

    /** Reads a slug from a URL, or nothing when the text is not a valid slug. */
    public static Optional<Slug> parse(String text) {
        return text != null
                        && text.length() <= MAX_LENGTH
                        && VALID.matcher(text).matches()
                ? Optional.of(new Slug(text))
                : Optional.empty();
    }

    /** Derives a slug from any text: "Türkiye – OSCE Chairpersonship" becomes "turkiye-osce-chairpersonship". */
    public static Slug from(String text) {
        String folded = COMBINING_MARKS
                .matcher(Normalizer.normalize(text.replace("ß", "ss").replace("ı", "i"), Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String slug = SEPARATORS.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug.replaceAll("-+$", "");
        }
        return new Slug(slug.isEmpty() ? "item" : slug);
    }

    /** This slug with "-n" appended, shortened where needed to fit: "mission-to-serbia" becomes "mission-to-serbia-2". */
    public Slug numbered(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? value.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "")
                : value;
        return new Slug(base + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
