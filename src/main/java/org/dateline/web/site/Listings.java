package org.dateline.web.site;

import java.util.ArrayList;
import java.util.List;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ItemQuery;
import org.dateline.taxonomy.Term;
import org.dateline.web.site.ListingPage.Crumb;
import org.dateline.web.site.ListingPage.YearLink;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds every newest-first listing the same way: one page of items, year links and pagination. */
@Component
class Listings {

    static final int PAGE_SIZE = 20;

    private final ContentCatalog catalog;
    private final ItemCards cards;

    Listings(ContentCatalog catalog, ItemCards cards) {
        this.catalog = catalog;
        this.cards = cards;
    }

    /** What a listing shows besides its items; {@code query} selects the items of all years. */
    record Heading(String kicker, String heading, List<Crumb> breadcrumbs, String note, List<Term> children) {}

    ListingPage page(SiteFrame frame, Heading heading, ItemQuery query, Integer year, int page) {
        if (page < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var result = catalog.findPublished(query.withYear(year).withPage(page));
        if (page > 1 && page > result.totalPages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        UriComponentsBuilder self = UriComponentsBuilder.fromPath(frame.path());
        if (year != null) {
            self.queryParam("year", year);
        }
        String headingText = year == null
                ? heading.heading()
                : frame.t().get("listing.year-heading", heading.heading(), String.valueOf(year));
        return new ListingPage(
                frame,
                heading.kicker(),
                headingText,
                heading.breadcrumbs(),
                heading.note(),
                heading.children(),
                cards.of(result.items(), frame.t()),
                result.total(),
                Pagination.of(page, result.totalPages(), self),
                yearLinks(frame, query, year),
                new YearLink(frame.t().get("listing.all-years"), frame.path(), year == null));
    }

    private List<YearLink> yearLinks(SiteFrame frame, ItemQuery query, Integer selected) {
        List<YearLink> links = new ArrayList<>();
        for (int year : catalog.publishedYears(query)) {
            String href = UriComponentsBuilder.fromPath(frame.path())
                    .queryParam("year", year)
                    .toUriString();
            links.add(new YearLink(
                    String.valueOf(year), href, Integer.valueOf(year).equals(selected)));
        }
        return links;
    }
}
