package org.dateline.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads a saved page of the old Drupal site: the heading ({@code h1.page-title}), the type label above it, the
 * metadata fields ("Date:", "Place:", "Source:", "Fields of work:" with their values, often links) and the body
 * ({@code div.field-body}). Scripts, menus, header, footer and sidebars are dropped first; a page with just an
 * {@code h1} and paragraphs reads too.
 */
public final class HtmlPageReader {

    private static final String FURNITURE = "script, style, noscript, template, nav, footer, aside, form, iframe, svg,"
            + " button, [role=navigation], [role=contentinfo], [role=complementary], [hidden],"
            + " [class~=(?i)(^|[\\s_-])(sidebar|breadcrumbs?|menu|share|social|pager|skip-link|tabs)([\\s_-]|$)],"
            + " [id~=(?i)(sidebar|breadcrumb|menu)]";
    private static final String BODY_CONTAINERS =
            ".field-body, .field-name-body, [property=content:encoded], .node-body, article, main, [role=main]";
    private static final String BODY_FURNITURE =
            "figure, figcaption, img, picture, .caption, .image-caption, .photo-details, .field-name-field-image";
    private static final String BLOCKS = "p, li, h2, h3, h4, h5, h6, blockquote";
    private static final String TYPE_ELEMENTS =
            "[class~=(?i)(^|[\\s_-])(content-type|node-type|type-label|field-name-field-type)([\\s_-]|$)]";
    private static final Pattern LABEL_TEXT = Pattern.compile("(?<label>[^:]{2,40}?)\\s*(?<colon>:)?\\s*");
    private static final Pattern SITE_NAME_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—]{1,40}$");
    private static final int MAX_TYPE_LABEL_LENGTH = 40;

    private final DatelineParser datelines = new DatelineParser();

    /**
     * The page the HTML shows.
     *
     * @throws UnreadablePage when the page shows no title or no body
     */
    public LegacyPage read(String html) {
        Document document = Jsoup.parse(html);
        document.select(FURNITURE).remove();
        var page = new LegacyPageBuilder(datelines);
        Element heading = heading(document);
        // A page header holds the site's logo and menus, unless it is the article's own header around the heading.
        document.select("header").stream()
                .filter(header -> heading == null || !heading.parents().contains(header))
                .forEach(Element::remove);

        Set<Element> aboveBody = new HashSet<>();
        Element container = bodyContainer(document);
        if (heading != null) {
            page.title(heading.text());
            aboveBody.add(heading);
        } else {
            titleFromHead(document).ifPresent(title -> {
                page.title(title);
                page.warning("took the title from the page's <title>: it shows no <h1>");
            });
        }
        typeLabel(document, container, heading).ifPresent(label -> {
            page.typeLabel(label.text());
            aboveBody.add(label);
        });
        aboveBody.addAll(readMetadata(document, container, page));
        for (String paragraph : paragraphs(container, aboveBody)) {
            page.paragraph(paragraph);
        }
        return page.build();
    }

    private static Element heading(Document document) {
        Element heading = document.selectFirst("h1.page-title");
        return heading != null ? heading : document.selectFirst("h1");
    }

    private static Optional<String> titleFromHead(Document document) {
        String title = document.title().strip();
        return title.isEmpty()
                ? Optional.empty()
                : Optional.of(SITE_NAME_SUFFIX.matcher(title).replaceFirst(""));
    }

    private static Element bodyContainer(Document document) {
        Element container = document.selectFirst(BODY_CONTAINERS);
        return container != null ? container : document.body();
    }

    private static Optional<Element> typeLabel(Document document, Element container, Element heading) {
        for (Element element : document.select(TYPE_ELEMENTS)) {
            String text = element.text().strip();
            if (!text.isEmpty() && text.length() <= MAX_TYPE_LABEL_LENGTH && !contains(element, heading)) {
                return Optional.of(element);
            }
        }
        return document.body().getAllElements().stream()
                .filter(element -> TypeLabels.isTypeLabel(element.text())
                        && element.text().strip().equals(element.ownText().strip()))
                .filter(element -> !(isInside(element, container) && (element.is(BLOCKS) || isBodyText(element))))
                .findFirst();
    }

    /**
     * Reads every metadata label outside the body and returns the elements the labels and values take up, which
     * are not body text. A label's values are the nodes after it up to the next label: each link or field item
     * is one value, otherwise the text is.
     */
    private static Set<Element> readMetadata(Document document, Element container, LegacyPageBuilder page) {
        Set<Element> taken = new HashSet<>();
        for (Element label : document.body().getAllElements()) {
            Optional<MetadataField> metadata = metadataField(label);
            if (metadata.isEmpty() || (isInside(label, container) && isBodyText(label))) {
                continue;
            }
            List<Node> valueNodes = valueNodes(label);
            Element field = label.parent();
            boolean ownField = field != null && field != container && field != document.body();
            taken.add(ownField ? field : label);
            for (String value : values(valueNodes)) {
                page.metadata(metadata.get(), value);
            }
        }
        return taken;
    }

    private static Optional<MetadataField> metadataField(Element element) {
        if (!element.children().isEmpty()) {
            return Optional.empty();
        }
        Matcher label = LABEL_TEXT.matcher(element.ownText().replace('\u00A0', ' '));
        if (!label.matches()) {
            return Optional.empty();
        }
        boolean looksLikeLabel = label.group("colon") != null
                || element.is("dt, th")
                || element.className().contains("label");
        return looksLikeLabel ? MetadataField.ofLabel(label.group("label")) : Optional.empty();
    }

    /** A label inside running text ("<p><strong>Note:</strong> ...") is body text, not metadata. */
    private static boolean isBodyText(Element label) {
        return label.parents().stream().anyMatch(parent -> parent.is("p, li, blockquote"));
    }

    private static List<Node> valueNodes(Element label) {
        List<Node> nodes = new ArrayList<>();
        for (Node sibling = label.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
            if (sibling instanceof Element element && metadataField(element).isPresent()) {
                break;
            }
            nodes.add(sibling);
        }
        boolean empty = nodes.stream().allMatch(node -> text(node).isBlank());
        if (empty && label.parent() != null && label.parent().nextElementSibling() != null) {
            Element next = label.parent().nextElementSibling();
            if (next.select("*").stream()
                    .noneMatch(element -> metadataField(element).isPresent())) {
                return List.of(next);
            }
        }
        return nodes;
    }

    private static List<String> values(List<Node> nodes) {
        Elements links = new Elements();
        Elements items = new Elements();
        for (Node node : nodes) {
            if (node instanceof Element element) {
                links.addAll(element.is("a") ? List.of(element) : element.select("a"));
                items.addAll(element.select(".field-item, li"));
            }
        }
        if (!links.isEmpty()) {
            return links.eachText();
        }
        if (!items.isEmpty()) {
            return items.eachText();
        }
        String text = String.join(" ", nodes.stream().map(HtmlPageReader::text).toList())
                .strip();
        return text.isEmpty() ? List.of() : List.of(text);
    }

    private static String text(Node node) {
        if (node instanceof TextNode textNode) {
            return textNode.text();
        }
        return node instanceof Element element ? element.text() : "";
    }

    private static List<String> paragraphs(Element container, Set<Element> aboveBody) {
        container.select(BODY_FURNITURE).remove();
        Elements blocks = container.select(BLOCKS);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            boolean holdsBlocks = block.select(BLOCKS).size() > 1;
            boolean overlapsHeader =
                    aboveBody.stream().anyMatch(element -> contains(block, element) || contains(element, block));
            if (holdsBlocks || overlapsHeader) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(block.is("li") ? "- " + text : text);
            }
        }
        if (paragraphs.isEmpty()) {
            return looseParagraphs(container, aboveBody);
        }
        return paragraphs;
    }

    /** Older items keep their body as bare text with line breaks rather than paragraphs. */
    private static List<String> looseParagraphs(Element container, Set<Element> aboveBody) {
        aboveBody.stream()
                .filter(element -> isInside(element, container) && element != container)
                .forEach(Element::remove);
        // Each break needs its own text node: a node inserted a second time would move rather than copy.
        container.select("br, div").forEach(element -> element.after(new TextNode("\n")));
        return container
                .wholeText()
                .lines()
                .map(line -> line.replace('\u00A0', ' ').strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static boolean contains(Element outer, Element inner) {
        return outer != null
                && inner != null
                && (outer == inner || inner.parents().contains(outer));
    }

    private static boolean isInside(Element element, Element container) {
        return contains(container, element);
    }
}
