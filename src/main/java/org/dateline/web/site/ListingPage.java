package org.dateline.web.site;

import java.util.List;
import org.dateline.taxonomy.Term;

/**
 * A newest-first list of items: for a term (with its children, e.g. Field operations and its missions),
 * for a content type, or for the whole newsroom; a pre-filtered search. {@code years} narrows the list to
 * one year; {@code facets} narrows it by any other facet, with counts.
 */
public record ListingPage(
        SiteFrame frame,
        String kicker,
        String heading,
        List<Crumb> breadcrumbs,
        String note,
        List<Term> children,
        List<ItemCard> items,
        long total,
        Pagination pagination,
        List<YearLink> years,
        YearLink allYears,
        FacetPanel facets) {

    public record Crumb(String label, String href) {}

    public record YearLink(String label, String href, boolean selected) {}
}
