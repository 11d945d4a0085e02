package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A body's text is the text jsoup gives, for any HTML: the index's stored text did not change with the faster way. */
class BodyTextTests {

    private static final long SEED = 20261207L;
    private static final String[] BLOCKS = {"p", "div", "h2", "blockquote", "ul", "li", "table", "tr", "td", "pre"};
    private static final String[] INLINES = {"em", "strong", "a", "span", "b", "i", "sup", "code", "abbr"};
    // Whitespace jsoup collapses (the no-break space too), characters it drops (soft hyphen, zero-width space),
    // entities, curly quotes, Cyrillic, a pair of surrogates and a lone one.
    private static final String[] PIECES = {
        "word",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\f",
        "\u00A0",
        "\u00AD",
        "\u200B",
        "&amp;",
        "&#39;",
        "&nbsp;",
        "&quot;",
        "’",
        "“quoted”",
        "Москва",
        "\uD83C\uDDEA\uD83C\uDDFA",
        "\uD800",
        "—",
        ".",
        "OSCE",
        "1,200"
    };

    @Test
    void givesTheTextJsoupGivesForRandomHtml() {
        Random random = new Random(SEED);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder html = new StringBuilder();
            appendNodes(html, random, 0);
            String input = html.toString();
            assertThat(BodyText.of(input))
                    .as("seed %d, html %s", SEED, input)
                    .isEqualTo(Jsoup.parse(input).text());
        }
    }

    @Test
    void separatesBlocksAndKeepsInlineWordsTogether() {
        assertThat(BodyText.of("<p>The  OSCE\n Mission</p><p>wel<em>comed</em> the&nbsp;law<br>today.</p>"))
                .isEqualTo("The OSCE Mission welcomed the law today.");
        assertThat(BodyText.of("<pre>  kept\n  as is</pre><p>then</p>")).isEqualTo("kept\n  as is then");
        assertThat(BodyText.of(null)).isEmpty();
        assertThat(BodyText.of(" \n ")).isEmpty();
    }

    private static void appendNodes(StringBuilder html, Random random, int depth) {
        int nodes = 1 + random.nextInt(depth == 0 ? 8 : 4);
        for (int i = 0; i < nodes; i++) {
            int kind = random.nextInt(depth < 4 ? 10 : 5);
            if (kind < 5) {
                int pieces = 1 + random.nextInt(5);
                for (int p = 0; p < pieces; p++) {
                    html.append(PIECES[random.nextInt(PIECES.length)]);
                }
            } else if (kind == 5) {
                html.append("<br>");
            } else {
                String[] tags = kind < 8 ? BLOCKS : INLINES;
                String tag = tags[random.nextInt(tags.length)];
                html.append('<').append(tag).append('>');
                appendNodes(html, random, depth + 1);
                html.append("</").append(tag).append('>');
            }
        }
    }
}
