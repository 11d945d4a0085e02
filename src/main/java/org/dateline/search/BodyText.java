package org.dateline.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an item's body, what the index analyzes and stores for snippets: exactly what jsoup's
 * {@code Jsoup.parse(html).text()} gives (a space between blocks, runs of whitespace as one space), but with the
 * whitespace collapsed a char at a time. jsoup reads every character as a code point and appends it as one, which in
 * text with a curly quote or a Cyrillic letter anywhere took 6% of a rebuild (docs/benchmarks.md); whitespace and the
 * characters it drops are all single chars, so going by chars gives the same text.
 */
final class BodyText implements NodeVisitor {

    // As in jsoup's Element.preserveWhitespace: a <pre> this far up still keeps a text's whitespace.
    private static final int PRESERVING_ANCESTORS = 6;
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final char SOFT_HYPHEN = '\u00AD';

    private final StringBuilder text;

    private BodyText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        BodyText visitor = new BodyText(html.length());
        NodeTraversor.traverse(visitor, Jsoup.parse(html));
        return visitor.text.toString().trim();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode);
        } else if (node instanceof Element element && !text.isEmpty() && separatedBefore(element) && !endsWithSpace()) {
            text.append(' ');
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && separatedAfter(element) && !endsWithSpace()) {
            Node next = element.nextSibling();
            if (next instanceof TextNode
                    || next instanceof Element sibling && sibling.tag().isInline()) {
                text.append(' ');
            }
        }
    }

    private static boolean separatedBefore(Element element) {
        return element.isBlock()
                || element.nameIs("br")
                || element.tag().is(Tag.TextBoundary) && element.childNodeSize() > 0 && element.hasText();
    }

    private static boolean separatedAfter(Element element) {
        return element.tag().is(Tag.TextBoundary) || !element.tag().isInline() || hasBlockChild(element);
    }

    private static boolean hasBlockChild(Element element) {
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof Element child && child.isBlock()) {
                return true;
            }
        }
        return false;
    }

    private void append(TextNode node) {
        String value = node.getWholeText();
        if (node instanceof CDataNode || keepsWhitespace(node.parent())) {
            text.append(value);
            return;
        }
        boolean afterSpace = endsWithSpace();
        if (isCollapsed(value, afterSpace)) {
            text.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isWhitespace(c)) {
                if (!afterSpace) {
                    text.append(' ');
                    afterSpace = true;
                }
            } else if (c != ZERO_WIDTH_SPACE && c != SOFT_HYPHEN) {
                text.append(c);
                afterSpace = false;
            }
        }
    }

    /**
     * Whether collapsing would leave the value as it is (single spaces, none after a space), so that it is appended
     * whole: appending a text char by char took as long as parsing its HTML.
     */
    private static boolean isCollapsed(String value, boolean afterSpace) {
        boolean space = afterSpace;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (isWhitespace(c) || c == ZERO_WIDTH_SPACE || c == SOFT_HYPHEN) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    private static boolean keepsWhitespace(Node parent) {
        Node node = parent;
        for (int depth = 0; depth < PRESERVING_ANCESTORS && node instanceof Element element; depth++) {
            if (element.tag().preserveWhitespace()) {
                return true;
            }
            node = element.parent();
        }
        return false;
    }

    private boolean endsWithSpace() {
        return !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
    }

    // jsoup's StringUtil.isActuallyWhitespace: HTML's whitespace and the no-break space.
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
    }
}
