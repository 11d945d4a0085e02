package org.dateline.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a Lucene query over the text fields of every language. It understands
 * words, "phrases", AND, OR, NOT (in capitals), {@code -word}, {@code +word} and parentheses; words side by
 * side need not all match when there are more than two (most of them must), explicit AND makes them
 * required. Whatever it cannot parse (an unclosed quote or parenthesis, "AND AND") is searched as its plain
 * words instead: a reader never gets an error for a query. Field syntax and wildcards are not offered, so
 * nothing a reader types reaches internal fields.
 */
final class UserQueries {

    /** At most this many words and phrases count; the rest of a very long text is ignored. */
    static final int MAX_CLAUSES = 32;

    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    // A word in the title counts this many times more than the same word elsewhere (where the title counts too).
    private static final float TITLE_BOOST = 3f;

    private final QueryBuilder builder;

    UserQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** The query for the text; null when the text holds nothing searchable (blank, punctuation only). */
    Query parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Node node;
        try {
            node = new Parser(Lexer.tokens(text)).parse();
        } catch (Unparsable e) {
            node = plainWords(text);
        }
        Query query = node == null ? null : toQuery(node);
        if (query == null) {
            Node words = plainWords(text);
            query = words == null ? null : toQuery(words);
        }
        return query;
    }

    private static Node plainWords(String text) {
        List<Node> words = new ArrayList<>();
        Matcher m = PLAIN_WORD.matcher(text);
        while (m.find() && words.size() < MAX_CLAUSES) {
            words.add(new Word(m.group()));
        }
        return words.isEmpty() ? null : new Group(words, false);
    }

    private Query toQuery(Node node) {
        if (node instanceof Word w) {
            return fields(w.text(), false);
        }
        if (node instanceof Phrase p) {
            return fields(p.text(), true);
        }
        if (node instanceof Required r) {
            return toQuery(r.inner());
        }
        if (node instanceof Not n) {
            Query inner = toQuery(n.inner());
            return inner == null
                    ? null
                    : new BooleanQuery.Builder()
                            .add(new MatchAllDocsQuery(), Occur.MUST)
                            .add(inner, Occur.MUST_NOT)
                            .build();
        }
        if (node instanceof Any any) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int n = 0;
            for (Node option : any.options()) {
                Query q = toQuery(option);
                if (q != null) {
                    b.add(q, Occur.SHOULD);
                    n++;
                }
            }
            return n == 0 ? null : b.build();
        }
        return group((Group) node);
    }

    private Query group(Group g) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int should = 0;
        int positive = 0;
        for (Node member : g.members()) {
            if (member instanceof Not not) {
                Query q = toQuery(not.inner());
                if (q != null) {
                    b.add(q, Occur.MUST_NOT);
                }
                continue;
            }
            Query q = toQuery(member);
            if (q == null) {
                continue;
            }
            boolean required = g.allRequired() || member instanceof Required;
            b.add(q, required ? Occur.MUST : Occur.SHOULD);
            positive++;
            if (!required) {
                should++;
            }
        }
        if (positive == 0) {
            BooleanQuery negative = b.build();
            if (negative.clauses().isEmpty()) {
                return null;
            }
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else if (should > 0) {
            // Up to two words must all match; of more, three in four (rounded down, at least two) must.
            b.setMinimumNumberShouldMatch(should <= 2 ? should : Math.max(2, should * 3 / 4));
        }
        return b.build();
    }

    /**
     * The word or phrase anywhere in an item's text, in whichever language's field; in its title as well, the item
     * scores higher. One field per language to read for each word: the text's parts in fields of their own (title,
     * summary, body, place, source, dateline) made each word a disjunction over twelve fields, the most costly step of
     * a search at 1,000,000 items (docs/benchmarks.md).
     */
    private Query fields(String text, boolean phrase) {
        Query anywhere = anyLanguage(ItemDocuments.TEXT, text, phrase);
        Query inTitle = anyLanguage(ItemDocuments.TITLE, text, phrase);
        if (anywhere == null || inTitle == null) {
            return anywhere;
        }
        return new BooleanQuery.Builder()
                .add(anywhere, Occur.MUST)
                .add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    private Query anyLanguage(String name, String text, boolean phrase) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int languages = 0;
        for (String field : ItemDocuments.indexedFields(name)) {
            Query q = phrase
                    ? builder.createPhraseQuery(field, text)
                    : builder.createBooleanQuery(field, text, Occur.MUST);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                languages++;
            }
        }
        return languages == 0 ? null : any.build();
    }

    // The syntax tree of a query.
    private sealed interface Node permits Word, Phrase, Not, Required, Any, Group {}

    private record Word(String text) implements Node {}

    private record Phrase(String text) implements Node {}

    private record Not(Node inner) implements Node {}

    private record Required(Node inner) implements Node {}

    private record Any(List<Node> options) implements Node {}

    /** Members side by side; with an explicit AND between any of them all are required. */
    private record Group(List<Node> members, boolean allRequired) implements Node {}

    private static final class Unparsable extends RuntimeException {
        Unparsable() {
            super(null, null, false, false);
        }
    }

    private enum Kind {
        WORD,
        PHRASE,
        AND,
        OR,
        NOT,
        MINUS,
        PLUS,
        OPEN,
        CLOSE
    }

    private record Token(Kind kind, String text) {}

    private static final class Lexer {

        static List<Token> tokens(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                // A colon separates words: field syntax ("title:voter") is searched as its words.
                if (Character.isWhitespace(c) || c == ':') {
                    i++;
                } else if (c == '"') {
                    int end = text.indexOf('"', i + 1);
                    if (end < 0) {
                        throw new Unparsable();
                    }
                    tokens.add(new Token(Kind.PHRASE, text.substring(i + 1, end)));
                    i = end + 1;
                } else if (c == '(' || c == ')') {
                    tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, null));
                    i++;
                } else if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                    tokens.add(new Token(c == '-' ? Kind.MINUS : Kind.PLUS, null));
                    i++;
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(text.charAt(i)) && "\"():".indexOf(text.charAt(i)) < 0) {
                        i++;
                    }
                    String word = text.substring(start, i);
                    tokens.add(
                            switch (word) {
                                case "AND", "&&" -> new Token(Kind.AND, word);
                                case "OR", "||" -> new Token(Kind.OR, word);
                                case "NOT" -> new Token(Kind.NOT, word);
                                default -> new Token(Kind.WORD, word);
                            });
                }
                if (tokens.size() > MAX_CLAUSES * 3) {
                    break;
                }
            }
            return tokens;
        }
    }

    /** Recursive descent: or := and (OR and)*; and := unary ([AND] unary)*; unary := (NOT|-|+) atom | atom. */
    private static final class Parser {

        private final List<Token> tokens;
        private int at;
        private int atoms;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Node parse() {
            if (tokens.isEmpty()) {
                return null;
            }
            Node node = or();
            if (at < tokens.size()) {
                throw new Unparsable();
            }
            return node;
        }

        private Node or() {
            List<Node> options = new ArrayList<>();
            options.add(and());
            while (peek(Kind.OR)) {
                at++;
                options.add(and());
            }
            return options.size() == 1 ? options.get(0) : new Any(options);
        }

        private Node and() {
            List<Node> members = new ArrayList<>();
            boolean explicit = false;
            members.add(unary());
            while (at < tokens.size()) {
                if (peek(Kind.AND)) {
                    at++;
                    explicit = true;
                    members.add(unary());
                } else if (peek(Kind.OR) || peek(Kind.CLOSE)) {
                    break;
                } else {
                    members.add(unary());
                }
            }
            return members.size() == 1 && !(members.get(0) instanceof Not)
                    ? members.get(0)
                    : new Group(members, explicit);
        }

        private Node unary() {
            if (peek(Kind.NOT) || peek(Kind.MINUS)) {
                at++;
                return new Not(atom());
            }
            if (peek(Kind.PLUS)) {
                at++;
                return new Required(atom());
            }
            return atom();
        }

        private Node atom() {
            if (at >= tokens.size()) {
                throw new Unparsable();
            }
            Token token = tokens.get(at++);
            if (++atoms > MAX_CLAUSES) {
                throw new Unparsable();
            }
            return switch (token.kind()) {
                case WORD -> new Word(token.text());
                case PHRASE -> new Phrase(token.text());
                case OPEN -> {
                    Node inner = or();
                    if (!peek(Kind.CLOSE)) {
                        throw new Unparsable();
                    }
                    at++;
                    yield inner;
                }
                default -> throw new Unparsable();
            };
        }

        private boolean peek(Kind kind) {
            return at < tokens.size() && tokens.get(at).kind() == kind;
        }
    }
}
