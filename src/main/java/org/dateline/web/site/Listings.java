package org.dateline.web.site;

import java.util.List;
import java.util.Set;
import org.dateline.search.Facet;
import org.dateline.search.FacetCounts;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.taxonomy.Term;
import org.dateline.web.site.ListingPage.Crumb;
import org.dateline.web.site.ListingPage.YearLink;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * Builds every newest-first listing the same way, as a search pre-filtered to the listing's scope: one page
 * of items, the facet sidebar, year links and pagination; a page past the last answers 404.
 */
@Component
class Listings {

    static final int PAGE_SIZE = 20;

    private final SearchIndex index;
    private final ItemCards cards;
    private final FacetPanels panels;

    Listings(SearchIndex index, ItemCards cards, FacetPanels panels) {
        this.index = index;
        this.cards = cards;
        this.panels = panels;
    }

    /** What a listing shows besides its items. */
    record Heading(String kicker, String heading, List<Crumb> breadcrumbs, String note, List<Term> children) {}

    /** The listing's own filter: all items ({@link #ALL}), or those of one facet value (a term, a type). */
    record Scope(Facet facet, String value) {

        static final Scope ALL = new Scope(null, null);

        SearchQuery query() {
            SearchQuery query = SearchQuery.of("").withOrder(SearchQuery.Order.DATE);
            return facet == null ? query : query.withScope(facet, Set.of(value));
        }

        Set<Facet> fixed() {
            return facet == null || facet.isHierarchical() ? Set.of() : Set.of(facet);
        }
    }

    ListingPage page(SiteFrame frame, Heading heading, Scope scope, MultiValueMap<String, String> params) {
        SearchParams state = SearchParams.of(frame.path(), params);
        int page = state.page();
        if (page < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        SearchResults results = SearchController.run(index, state.toQuery(scope.query(), PAGE_SIZE));
        if (page > 1 && page > results.totalPages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<String> years = state.values(Facet.YEAR.param());
        String headingText = years.size() == 1
                ? frame.t().get("listing.year-heading", heading.heading(), years.get(0))
                : heading.heading();
        Set<Facet> fixed = new java.util.HashSet<>(scope.fixed());
        // Years have their own links above the other facets.
        fixed.add(Facet.YEAR);
        return new ListingPage(
                frame,
                heading.kicker(),
                headingText,
                heading.breadcrumbs(),
                heading.note(),
                heading.children(),
                cards.ofHits(results.hits(), frame.t()),
                results.total(),
                Pagination.of(page, Pagination.reachablePages(results.totalPages(), PAGE_SIZE), state.pagingBase()),
                yearLinks(state, results),
                new YearLink(frame.t().get("listing.all-years"), state.withoutAll(Facet.YEAR.param()), years.isEmpty()),
                panels.panel(state, results, fixed, frame.t()));
    }

    private static List<YearLink> yearLinks(SearchParams state, SearchResults results) {
        return results.facet(Facet.YEAR).values().stream()
                .map(FacetCounts.Value::value)
                .map(year -> new YearLink(
                        year,
                        state.with(Facet.YEAR.param(), year),
                        state.values(Facet.YEAR.param()).equals(List.of(year))))
                .toList();
    }
}
