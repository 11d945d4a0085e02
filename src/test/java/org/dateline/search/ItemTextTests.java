package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The indexed text of a body, read in one pass, is the text jsoup reads from it. */
class ItemTextTests {

    private static final List<String> BLOCKS = List.of(
            "p",
            "div",
            "h2",
            "h3",
            "h4",
            "blockquote",
            "ul>li",
            "ol>li",
            "table>tbody>tr>td",
            "table>thead>tr>th",
            "table>caption",
            "figure>figcaption",
            "P");
    private static final List<String> CONTAINERS = List.of("div", "blockquote", "li", "td", "th", "figcaption");
    private static final List<String> INLINE = List.of(
            "strong",
            "em",
            "a href=\"https://www.osce.org/x?a=1&amp;b=2\"",
            "a title='a > b'",
            "span",
            "sup",
            "b",
            "i",
            "a href=\"mailto:press@osce.org\" title=\"Press\"");
    private static final List<String> VOID = List.of("<br>", "<br />", "<img src=\"p.jpg\" alt=\"A photo\">");
    private static final List<String> TEXT = List.of(
            "MOSCOW, 6 December 2006 - ",
            "The OSCE",
            " Chairperson ",
            "said.",
            "Москва",
            "l&#39;OSCE",
            "&amp;",
            "&nbsp;",
            "a&nbsp;b",
            "&eacute;t&eacute;",
            "&lt;b&gt;",
            "&quot;quoted&quot;",
            "\n",
            "  ",
            "\t",
            "\u00a0",
            "\u200b",
            "co-operation",
            "2,000",
            "&hellip;",
            "&#x2013;",
            "x",
            "Tashkent");

    @Test
    void readsTheTextOfPlainHtmlAsJsoupDoes() {
        Random random = new Random(20261206);
        for (int round = 0; round < 5_000; round++) {
            String html = randomHtml(random);

            String plain = ItemDocuments.plainText(html);

            assertThat(plain).as(html).isNotNull().isEqualTo(Jsoup.parse(html).text());
        }
    }

    @Test
    void leavesHtmlThatIsNotPlainToJsoup() {
        for (String html : List.of(
                "<p>a<!-- note --> b</p>",
                "<p>a</p><script>var x = '<p>';</script>",
                "<pre>  kept   as written </pre>",
                "<p>1 < 2</p>",
                "<p>unclosed <b",
                "<style>p { color: red }</style><p>a</p>")) {
            assertThat(ItemDocuments.plainText(html)).as(html).isNull();
            assertThat(ItemDocuments.text(html))
                    .as(html)
                    .isEqualTo(Jsoup.parse(html).text());
        }
    }

    /** Balanced HTML, blocks holding blocks or inline content, as the sanitizer writes it. */
    private static String randomHtml(Random random) {
        StringBuilder html = new StringBuilder();
        int blocks = 1 + random.nextInt(5);
        for (int i = 0; i < blocks; i++) {
            block(html, random, 0);
        }
        return html.toString();
    }

    private static void block(StringBuilder html, Random random, int depth) {
        String[] names = pick(BLOCKS, random).split(">");
        for (String name : names) {
            html.append('<').append(name).append('>');
        }
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            // Only these hold blocks in HTML: jsoup ends a paragraph or heading where another block starts.
            boolean holdsBlocks = CONTAINERS.contains(names[names.length - 1]);
            if (holdsBlocks && depth < 2 && random.nextInt(5) == 0) {
                block(html, random, depth + 1);
            } else {
                inline(html, random, 0);
            }
        }
        for (int i = names.length - 1; i >= 0; i--) {
            html.append("</").append(names[i]).append('>');
        }
    }

    private static void inline(StringBuilder html, Random random, int depth) {
        switch (random.nextInt(depth < 2 ? 6 : 4)) {
            case 0 -> html.append(pick(VOID, random));
            case 1, 2, 3 -> html.append(pick(TEXT, random));
            default -> {
                String tag = pick(INLINE, random);
                if (depth > 0 && tag.startsWith("a ")) {
                    // HTML has no link within a link: jsoup would end the outer one first.
                    tag = "em";
                }
                html.append('<').append(tag).append('>');
                inline(html, random, depth + 1);
                inline(html, random, depth + 1);
                html.append("</").append(tag.split(" ")[0]).append('>');
            }
        }
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
