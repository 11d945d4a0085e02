package org.dateline.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds a name into the key that {@link Taxonomy#resolve} matches on. Case, diacritics, punctuation and
 * spacing do not count ("Co-operation" equals "cooperation", "TURKIYE" equals "Türkiye"), and neither do
 * leading "OSCE", "CSCE" (the organization's name before 1995) or "the", so that legacy pages' "the OSCE
 * Secretariat" finds the Secretariat.
 */
final class TermNames {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> OPTIONAL_LEADING_WORDS = Set.of("osce", "csce", "the");

    private TermNames() {}

    static Optional<String> matchKey(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String folded = COMBINING_MARKS
                .matcher(Normalizer.normalize(name.replace("ß", "ss").replace("ı", "i"), Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        int first = 0;
        // The last word stays even when optional, so that a bare "OSCE" still means something.
        while (first < words.size() - 1 && OPTIONAL_LEADING_WORDS.contains(words.get(first))) {
            first++;
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join("", words.subList(first, words.size())));
    }
}
