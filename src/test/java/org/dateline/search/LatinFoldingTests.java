package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The index's folding gives the terms Lucene's ASCIIFoldingFilter gives, which earlier indexes were written with. */
class LatinFoldingTests {

    private static final long SEED = 20261202L;
    // ASCII, Latin letters with diacritics and ligatures, Cyrillic, Greek, CJK, and signs that fold into several
    // characters (⑽ into "(10)").
    private static final String ALPHABET = "abcxyzABCXYZ0189-'.éèêëÉçÇñÑøØåÅæÆœŒßðÞłŁşŞğĞıİțȚǆǅﬁﬂ"
            + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖЯіїєґ" + "αβγΔΩ" + "中文字" + "①⑽⒜™©½";

    @Test
    void foldsEveryTokenAsAsciiFoldingFilterDoes() throws IOException {
        Random random = new Random(SEED);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(6);
            for (int w = 0; w < words; w++) {
                int length = 1 + random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                text.append(' ');
            }
            String input = text.toString();
            assertThat(terms(input, LanguageAnalyzers.LatinFolding::new))
                    .as("seed %d, text %s", SEED, input)
                    .isEqualTo(terms(input, ASCIIFoldingFilter::new));
        }
    }

    @Test
    void foldsLatinDiacriticsAndLeavesCyrillicAlone() throws IOException {
        assertThat(terms("Türkiye Straße Łódź œuvre ⑽ Москва Türkiye", LanguageAnalyzers.LatinFolding::new))
                .containsExactly("Turkiye", "Strasse", "Lodz", "oeuvre", "(10)", "Москва", "Turkiye");
    }

    private static List<String> terms(String text, Function<TokenStream, TokenStream> folding) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = folding.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
