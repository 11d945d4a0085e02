package org.dateline.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
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
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
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
            result = new RememberedStems(result, PorterStemFilter::new);
            return new TokenStreamComponents(source, result);
        }
    }

    private static final class Russian extends ItemAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, RussianAnalyzer.getDefaultStopSet());
            result = new RememberedStems(result, stems -> new SnowballFilter(stems, new RussianStemmer()));
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
     * A stemming filter that remembers the stems of the words it has seen: the same few thousand words make up most of
     * an archive's text, and stemming each of their occurrences again took a tenth of a rebuild's time
     * (docs/benchmarks.md). A word not yet remembered goes through the stemmer as one token, so the stems are the
     * stemmer's own. Each thread's analyzer has its own filter; it remembers a bounded number of words.
     */
    static final class RememberedStems extends TokenFilter {

        static final int REMEMBERED_WORDS = 20_000;

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
        private final OneWord word = new OneWord();
        private final TokenStream stemmer;
        private final CharTermAttribute stemmed;

        RememberedStems(TokenStream input, Function<TokenStream, TokenStream> stemming) {
            super(input);
            this.stemmer = stemming.apply(word);
            this.stemmed = stemmer.getAttribute(CharTermAttribute.class);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (keyword.isKeyword()) {
                return true;
            }
            char[] stem = stems.get(term.buffer(), 0, term.length());
            if (stem == null) {
                stem = stem();
                if (stems.size() < REMEMBERED_WORDS) {
                    stems.put(Arrays.copyOf(term.buffer(), term.length()), stem);
                }
            }
            term.copyBuffer(stem, 0, stem.length);
            return true;
        }

        private char[] stem() throws IOException {
            word.set(term.buffer(), term.length());
            stemmer.reset();
            stemmer.incrementToken();
            char[] stem = Arrays.copyOf(stemmed.buffer(), stemmed.length());
            stemmer.end();
            stemmer.close();
            return stem;
        }

        /** The one word a stemmer is given. */
        private static final class OneWord extends TokenStream {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private boolean given;

            void set(char[] buffer, int length) {
                term.copyBuffer(buffer, 0, length);
                given = false;
            }

            @Override
            public boolean incrementToken() {
                if (given) {
                    return false;
                }
                given = true;
                return true;
            }
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
