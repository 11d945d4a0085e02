package org.dateline.content;

import java.util.Locale;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Reduces an item body to the markup the site renders: paragraphs, h2 to h4, lists, links, emphasis,
 * quotes, line breaks, tables, figures and images. Scripts, styles, event handlers and links or images
 * with other than http(s), mailto (links only) or relative URLs are dropped; the text inside removed
 * tags stays.
 */
final class BodySanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "blockquote", "br")
            .allowElements("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowAttributes("colspan", "rowspan", "scope")
            .onElements("th", "td")
            .allowElements("figure", "figcaption", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src")
            .matching((element, attribute, value) -> isMailto(value) ? null : value)
            .onElements("img")
            .allowAttributes("alt", "title", "width", "height")
            .onElements("img")
            .toFactory();

    String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    private static boolean isMailto(String url) {
        return url.strip().toLowerCase(Locale.ROOT).startsWith("mailto:");
    }
}
