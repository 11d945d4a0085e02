package org.dateline.feeds;

import java.net.URI;
import org.dateline.content.ItemQuery;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feeds module ({@code dateline.feeds.*}).
 *
 * @param baseUrl the public address of the site, e.g. {@code https://www.osce.org}, from which feeds,
 *     sitemaps, canonical links and OAI-PMH records build absolute URLs; unset, each request's own
 *     scheme, host and port are used
 * @param size how many items (newest first) a feed carries
 * @param calendarSize how many events (latest date first) a calendar carries
 * @param sitemapSize how many URLs one sitemap file holds before the next begins (the protocol allows 50,000)
 * @param harvestPageSize how many records one OAI-PMH list response holds before its resumption token
 * @param publisher the name of the organization publishing the site: the author of feeds and of entries
 *     without a source, OAI-PMH's repository name
 * @param adminEmail the address OAI-PMH Identify gives for the repository's administrator
 */
@ConfigurationProperties("dateline.feeds")
public record FeedsProperties(
        URI baseUrl,
        @DefaultValue("50") int size,
        @DefaultValue("200") int calendarSize,
        @DefaultValue("50000") int sitemapSize,
        @DefaultValue("100") int harvestPageSize,
        @DefaultValue("OSCE") String publisher,
        @DefaultValue("webmaster@example.org") String adminEmail) {

    public FeedsProperties {
        if (sitemapSize < 1 || sitemapSize > 50_000) {
            throw new IllegalArgumentException("A sitemap holds 1 to 50,000 URLs, not " + sitemapSize);
        }
        if (size < 1 || calendarSize < 1 || harvestPageSize < 1) {
            throw new IllegalArgumentException("Feed, calendar and harvest sizes must be positive");
        }
        if (size > ItemQuery.MAX_SIZE || calendarSize > ItemQuery.MAX_SIZE || harvestPageSize >= ItemQuery.MAX_SIZE) {
            throw new IllegalArgumentException("Feed, calendar and harvest sizes stay below " + ItemQuery.MAX_SIZE);
        }
    }

    /** The configured base URL without a trailing slash, or else {@code requestBaseUrl}, e.g. {@code http://localhost:8080}. */
    public String baseUrlOr(String requestBaseUrl) {
        String base = baseUrl == null ? requestBaseUrl : baseUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
