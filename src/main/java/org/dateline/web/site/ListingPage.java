package org.dateline.web.site;

import java.util.List;
import org.dateline.taxonomy.Term;

/**
 * A newest-first list of items: for a term (with its children, e.g. Field operations and its missions),
 * for a content type, or for the whole newsroom. {@code years} narrows the list to one year.
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
        YearLink allYears) {

    public record Crumb(String label, String href) {}

    public record YearLink(String label, String href, boolean selected) {}
}
