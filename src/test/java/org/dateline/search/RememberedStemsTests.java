package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.RussianStemmer;

/** Remembered stems are the stemmer's own, for words seen before, words seen once and words beyond what it keeps. */
class RememberedStemsTests {

    private static final long SEED = 20261207L;
    private static final String[] ENGLISH_STEMS = {"nation", "relat", "gener", "observ", "monitor", "elect", "agre"};
    private static final String[] ENGLISH_ENDINGS = {"", "s", "ing", "ed", "al", "ational", "ies", "ness", "ly", "ment"
    };
    private static final String[] RUSSIAN_STEMS = {"выбор", "наблюдател", "мисси", "прав", "сотрудничеств", "мир"};
    private static final String[] RUSSIAN_ENDINGS = {"", "а", "ы", "ов", "ами", "ях", "ого", "ими", "ость", "ения"};

    @Test
    void remembersTheStemsPorterGives() throws IOException {
        assertSameStems(ENGLISH_STEMS, ENGLISH_ENDINGS, PorterStemFilter::new);
    }

    @Test
    void remembersTheStemsTheRussianSnowballStemmerGives() throws IOException {
        assertSameStems(RUSSIAN_STEMS, RUSSIAN_ENDINGS, stems -> new SnowballFilter(stems, new RussianStemmer()));
    }

    @Test
    void theEnglishAnalyzerStemsAWordAsBeforeEachTimeItMeetsIt() throws IOException {
        Analyzer analyzer = LanguageAnalyzers.perField();
        String text = "Observers observed the elections; the observation of national elections continues.";
        List<String> expected = List.of("observ", "observ", "elect", "observ", "nation", "elect", "continu");
        // The second time through, the analyzer's filters are reused and every stem is a remembered one.
        for (int time = 1; time <= 2; time++) {
            List<String> terms = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream("text.en", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
            assertThat(terms).as("time %d", time).isEqualTo(expected);
        }
    }

    /**
     * Words of stems and endings, most of them repeated (the remembered path), and more distinct ones than the filter
     * keeps (the path of a word it no longer takes in).
     */
    private static void assertSameStems(String[] stems, String[] endings, Function<TokenStream, TokenStream> stemmer)
            throws IOException {
        Random random = new Random(SEED);
        StringBuilder text = new StringBuilder();
        int distinct = LanguageAnalyzers.RememberedStems.REMEMBERED_WORDS + 5_000;
        for (int n = 0; n < distinct; n++) {
            text.append(stems[random.nextInt(stems.length)])
                    .append(endings[random.nextInt(endings.length)])
                    .append(n)
                    .append(' ');
            text.append(stems[random.nextInt(stems.length)])
                    .append(endings[random.nextInt(endings.length)])
                    .append(' ');
        }
        String input = text.toString();
        List<String> remembered = terms(input, stream -> new LanguageAnalyzers.RememberedStems(stream, stemmer));
        assertThat(remembered).hasSize(2 * distinct).isEqualTo(terms(input, stemmer));
    }

    private static List<String> terms(String text, Function<TokenStream, TokenStream> stemming) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = stemming.apply(tokenizer)) {
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
