package org.dateline.shared;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A URL path segment: lower-case ASCII letters, digits and single hyphens. */
public record Slug(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC\u02B9\u02BA\"]");
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

    /**
     * Derives a slug from text in any script: "Türkiye – OSCE Chairpersonship" becomes "turkiye-osce-chairpersonship",
     * "Đukanović in Łódź" "dukanovic-in-lodz", "Эксперты обсудили" "eksperty-obsudili", and "OSCE's" "osces".
     */
    public static Slug from(String text) {
        String latin = isAscii(text) ? text : toAscii(text);
        String folded = APOSTROPHES.matcher(latin).replaceAll("").toLowerCase(Locale.ROOT);
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

    // Accented Latin letters (French, Turkish, Czech) fold by Unicode decomposition, 5 µs a title where ICU takes
    // 65-130 µs, and an import makes a slug of every title. What that leaves (Đ, Ł, ß, other scripts) goes to ICU.
    private static String toAscii(String text) {
        String folded = COMBINING_MARKS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("");
        return isAscii(folded) ? folded : ToAscii.TRANSLITERATOR.transliterate(text);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * ICU's transliteration into ASCII, loaded with the first text that needs it. Cyrillic goes by the BGN/PCGN
     * romanization of Russian (zh, kh, shch: the spelling readers know from the press) before the other scripts by
     * ICU's defaults; Latin-ASCII then folds what NFKD cannot (Đ, Ł, Ø, ß). A transliterator keeps no state between
     * calls, so threads share it.
     */
    private static final class ToAscii {
        static final Transliterator TRANSLITERATOR =
                Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    }

    @Override
    public String toString() {
        return value;
    }
}
