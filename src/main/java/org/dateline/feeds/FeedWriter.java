package org.dateline.feeds;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.taxonomy.Term;
import org.springframework.stereotype.Service;

/**
 * Writes Atom 1.0 and RSS 2.0 feeds of any list of items (a listing's newest, a search's hits), streaming
 * them to the output. Entries carry a stable id ({@code urn:uuid:}), the canonical link, publication and
 * change times, the summary, the body, the source as author and the fields of work, countries and source
 * as categories, each with its vocabulary's address as scheme.
 */
@Service
public class FeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Entries entries;
    private final String publisher;

    FeedWriter(Entries entries, FeedsProperties properties) {
        this.entries = entries;
        this.publisher = properties.publisher();
    }

    public void write(FeedFormat format, Channel channel, List<ContentItem> items, OutputStream out) {
        List<Entry> resolved =
                items.stream().map(item -> entries.of(item, channel.baseUrl())).toList();
        try (Xml xml = new Xml(out)) {
            switch (format) {
                case ATOM -> atom(xml, channel, resolved);
                case RSS -> rss(xml, channel, resolved);
            }
        }
    }

    private void atom(Xml xml, Channel channel, List<Entry> entries) {
        // Bodies may link relatively (/press-releases/...); readers resolve such links against the site.
        xml.root(ATOM, "feed").lang(channel.language()).base(channel.baseUrl() + "/");
        xml.element("id", channel.selfUrl());
        xml.start("title").attribute("type", "text").text(channel.title()).end();
        xml.element("updated", Xml.utc(channel.updated()));
        xml.start("link")
                .attribute("rel", "self")
                .attribute("type", FeedFormat.ATOM.mediaType())
                .attribute("href", channel.selfUrl())
                .end();
        xml.start("link")
                .attribute("rel", "alternate")
                .attribute("type", "text/html")
                .attribute("href", channel.pageUrl())
                .end();
        xml.start("author")
                .element("name", publisher)
                .element("uri", channel.baseUrl() + "/")
                .end();
        xml.element("generator", "Dateline");
        for (Entry entry : entries) {
            ContentItem item = entry.item();
            xml.start("entry").lang(item.language());
            xml.element("id", entry.id());
            xml.start("title").attribute("type", "text").text(item.title()).end();
            xml.start("link")
                    .attribute("rel", "alternate")
                    .attribute("type", "text/html")
                    .attribute("href", entry.url())
                    .end();
            xml.element("published", Xml.utc(published(item)));
            xml.element("updated", Xml.utc(item.updatedAt()));
            xml.start("author").element("name", author(entry));
            if (entry.source() != null) {
                xml.element("uri", channel.baseUrl() + entry.source().path());
            }
            xml.end();
            for (Term term : entry.categories()) {
                xml.start("category")
                        .attribute("term", term.slug().value())
                        .attribute("scheme", scheme(channel, term))
                        .attribute("label", term.name())
                        .end();
            }
            if (item.summary() != null) {
                xml.start("summary")
                        .attribute("type", "text")
                        .text(item.summary())
                        .end();
            }
            if (!item.body().isBlank()) {
                xml.start("content").attribute("type", "html").text(item.body()).end();
            }
            xml.end();
        }
        xml.end();
    }

    private void rss(Xml xml, Channel channel, List<Entry> entries) {
        xml.start("rss").attribute("version", "2.0").namespace("atom", ATOM).namespace("dc", DC);
        xml.start("channel");
        xml.element("title", channel.title());
        xml.element("link", channel.pageUrl());
        xml.element("description", channel.title());
        xml.element("language", channel.language());
        xml.element("lastBuildDate", RFC_822.format(channel.updated()));
        xml.element("generator", "Dateline");
        xml.start(ATOM, "link")
                .attribute("rel", "self")
                .attribute("type", FeedFormat.RSS.mediaType())
                .attribute("href", channel.selfUrl())
                .end();
        for (Entry entry : entries) {
            ContentItem item = entry.item();
            xml.start("item");
            xml.element("title", item.title());
            xml.element("link", entry.url());
            xml.start("guid").attribute("isPermaLink", "false").text(entry.id()).end();
            xml.element("pubDate", RFC_822.format(published(item)));
            // Readers take an RSS description as HTML: the plain-text summary is escaped once more for them.
            xml.element("description", item.summary() != null ? escapeHtml(item.summary()) : item.body());
            xml.element(DC, "creator", author(entry));
            for (Term term : entry.categories()) {
                xml.start("category")
                        .attribute("domain", scheme(channel, term))
                        .text(term.name())
                        .end();
            }
            xml.end();
        }
        xml.end().end();
    }

    static Instant published(ContentItem item) {
        return item.publishedAt() != null ? item.publishedAt() : item.updatedAt();
    }

    private String author(Entry entry) {
        return entry.source() != null ? entry.source().name() : publisher;
    }

    /** The vocabulary's index page, e.g. {@code https://www.osce.org/countries}: what a category's term belongs to. */
    private static String scheme(Channel channel, Term term) {
        return channel.baseUrl() + "/" + term.vocabulary().pathSegment();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
