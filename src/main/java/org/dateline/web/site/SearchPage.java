package org.dateline.web.site;

import java.util.List;

/**
 * The search page: what was asked, the results with their snippets, the facet sidebar with chips, the sort
 * links and the pagination (numbered pages, and a cursor link for going on beyond them).
 */
public record SearchPage(
        SiteFrame frame,
        String text,
        String from,
        String to,
        List<Result> results,
        long total,
        FacetPanel facets,
        List<SortLink> sorts,
        Pagination pagination,
        String nextHref) {

    /** One hit: its card and, when the body matched, an HTML snippet with the matches marked. */
    public record Result(ItemCard card, String snippet) {}

    public record SortLink(String label, String href, boolean current) {}
}
