package org.dateline.search;

import java.util.List;

/**
 * One page of results: the hits in order, how many items match in all, the facet counts (each facet counted
 * as if its own selection were absent) and, when more results follow, the cursor to the next page.
 */
public record SearchResults(
        SearchQuery query, List<SearchHit> hits, long total, List<FacetCounts> facets, String nextCursor) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public int totalPages() {
        return (int) ((total + query.size() - 1) / query.size());
    }

    /** The counts of the facet; empty when no result has a value for it. */
    public FacetCounts facet(Facet facet) {
        return facets.stream().filter(f -> f.facet() == facet).findFirst().orElse(new FacetCounts(facet, List.of()));
    }
}
