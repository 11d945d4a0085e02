package org.dateline.feeds;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentType;
import org.dateline.content.PublicationKey;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.stereotype.Service;

/**
 * The sitemaps protocol (sitemaps.org 0.9): an index naming numbered sitemaps of items
 * ({@code /sitemaps/items-1.xml}, oldest publications first, so earlier files rarely change) and of
 * listings (home, newsroom, types, vocabularies and every term), each holding at most
 * {@code dateline.feeds.sitemap-size} URLs. Item sitemaps stream from the database, each from its first item's
 * publication key.
 */
@Service
public class Sitemaps {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final ContentCatalog catalog;
    private final Taxonomy taxonomy;
    private final int size;
    private volatile Runs runs;

    /** Where each item sitemap begins, as of the archive's last change and number of published items. */
    private record Runs(Optional<Instant> lastChange, long published, List<PublicationKey> starts) {}

    Sitemaps(ContentCatalog catalog, Taxonomy taxonomy, FeedsProperties properties) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.size = properties.sitemapSize();
    }

    public int itemSitemapCount() {
        return files(catalog.countPublished());
    }

    public int listingSitemapCount() {
        return files(listingPaths().size());
    }

    public void writeIndex(String baseUrl, OutputStream out) {
        try (Xml xml = new Xml(out)) {
            xml.root(NAMESPACE, "sitemapindex");
            int itemFiles = itemSitemapCount();
            for (int n = 1; n <= itemFiles; n++) {
                xml.start("sitemap")
                        .element("loc", baseUrl + "/sitemaps/items-" + n + ".xml")
                        .end();
            }
            int listingFiles = listingSitemapCount();
            for (int n = 1; n <= listingFiles; n++) {
                xml.start("sitemap")
                        .element("loc", baseUrl + "/sitemaps/listings-" + n + ".xml")
                        .end();
            }
            xml.end();
        }
    }

    /** The {@code number}th sitemap of items, counting from 1 (see {@link #itemSitemapCount()}). */
    public void writeItems(int number, String baseUrl, OutputStream out) {
        List<PublicationKey> starts = runStarts();
        check(number, starts.size());
        try (Xml xml = new Xml(out)) {
            xml.root(NAMESPACE, "urlset");
            catalog.forEachPublishedLocation(
                    starts.get(number - 1),
                    size,
                    location -> xml.start("url")
                            .element("loc", baseUrl + location.path())
                            .element("lastmod", Xml.utc(location.updatedAt()))
                            .end());
            xml.end();
        }
    }

    /** The {@code number}th sitemap of listings, counting from 1 (see {@link #listingSitemapCount()}). */
    public void writeListings(int number, String baseUrl, OutputStream out) {
        check(number, listingSitemapCount());
        List<String> paths = listingPaths();
        try (Xml xml = new Xml(out)) {
            xml.root(NAMESPACE, "urlset");
            for (String path : paths.subList((number - 1) * size, Math.min(paths.size(), number * size))) {
                xml.start("url").element("loc", baseUrl + path).end();
            }
            xml.end();
        }
    }

    /**
     * Where each item sitemap begins, kept until an item changes or goes: a sitemap is then found by its first key,
     * where counting the items before it would walk the archive (at 1,000,000 items, its last files by far).
     */
    private List<PublicationKey> runStarts() {
        // Read before the keys: a change in between makes the next request count again, never keeps stale keys.
        Optional<Instant> lastChange = catalog.lastChange();
        long published = catalog.countPublished();
        Runs known = runs;
        if (known != null && known.lastChange().equals(lastChange) && known.published() == published) {
            return known.starts();
        }
        List<PublicationKey> starts = catalog.publishedRunStarts(size);
        runs = new Runs(lastChange, published, starts);
        return starts;
    }

    private static void check(int number, int count) {
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("There are sitemaps 1 to " + count + ", not " + number);
        }
    }

    private int files(long urls) {
        return (int) ((urls + size - 1) / size);
    }

    private List<String> listingPaths() {
        List<String> paths = new ArrayList<>(List.of("/", "/newsroom"));
        for (ContentType type : ContentType.values()) {
            if (type != ContentType.PAGE) {
                paths.add("/" + type.pathSegment());
            }
        }
        for (Vocabulary vocabulary : Vocabulary.values()) {
            paths.add("/" + vocabulary.pathSegment());
            taxonomy.terms(vocabulary).stream().map(Term::path).forEach(paths::add);
        }
        return paths;
    }
}
