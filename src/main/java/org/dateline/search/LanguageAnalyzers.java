package org.dateline.search;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analyzers of the index: English (stop words, Porter stems), Russian (stop words, Snowball stems) and a
 * default for every other language (words only); all fold case and Latin diacritics, so "Türkiye" finds
 * "Turkiye". Text fields carry their item's language in their name ({@code text.en}), so one wrapper
 * analyzes every field at index and at query time.
 */
final class LanguageAnalyzers {

    static final String ENGLISH = "en";
    static final String RUSSIAN = "ru";
    static final String OTHER = "other";
    static final String[] KEYS = {ENGLISH, RUSSIAN, OTHER};

    /**
     * Positions between two values of one field ({@code text.en} holds the body, then the title, the summary...), so
     * that no phrase matches across the end of one and the start of the next.
     */
    static final int GAP_BETWEEN_VALUES = 100;

    private LanguageAnalyzers() {}

    /** The analyzer key of an item language tag: {@code en-GB} is English, {@code sr-Latn} other. */
    static String keyOf(String languageTag) {
        String primary = languageTag == null ? "" : languageTag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case ENGLISH -> ENGLISH;
            case RUSSIAN -> RUSSIAN;
            default -> OTHER;
        };
    }

    static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        Analyzer english = new English();
        Analyzer russian = new Russian();
        for (String field : ItemDocuments.LANGUAGE_FIELDS) {
            byField.put(field + "." + ENGLISH, english);
            byField.put(field + "." + RUSSIAN, russian);
        }
        return new PerFieldAnalyzerWrapper(new Folded(), byField);
    }

    static Analyzer folded() {
        return new Folded();
    }

    /** What every analyzer of the index shares: values of a field kept apart, and how a query's words are folded. */
    private abstract static class ItemAnalyzer extends Analyzer {
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return GAP_BETWEEN_VALUES;
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LatinFolding(new LowerCaseFilter(in));
        }
    }

    private static final class English extends ItemAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new LatinFolding(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }

    private static final class Russian extends ItemAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, RussianAnalyzer.getDefaultStopSet());
            result = new SnowballFilter(result, new RussianStemmer());
            result = new LatinFolding(result);
            return new TokenStreamComponents(source, result);
        }
    }

    private static final class Folded extends ItemAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LatinFolding(new LowerCaseFilter(source)));
        }
    }

    /**
     * What {@link ASCIIFoldingFilter} does, with the same terms, but a token is only folded when it holds a character
     * that filter changes. That filter ran its table of 1,242 characters over every character of any token beyond
     * ASCII, so over every Russian word, whose letters it leaves as they are: 7% of a rebuild's time at 100,000 items
     * (docs/benchmarks.md).
     */
    static final class LatinFolding extends TokenFilter {

        private static final BitSet FOLDED = folded();

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] output = new char[64];

        LatinFolding(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            for (int i = 0; i < length; i++) {
                if (FOLDED.get(buffer[i])) {
                    // A character folds into at most four.
                    output = ArrayUtil.grow(output, 4 * length);
                    term.copyBuffer(output, 0, ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length));
                    break;
                }
            }
            return true;
        }

        private static BitSet folded() {
            BitSet folded = new BitSet(Character.MAX_VALUE + 1);
            char[] in = new char[1];
            char[] out = new char[4];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                in[0] = (char) c;
                int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
                if (length != 1 || out[0] != c) {
                    folded.set(c);
                }
            }
            return folded;
        }
    }
}
