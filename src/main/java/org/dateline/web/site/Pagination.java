package org.dateline.web.site;

import java.util.ArrayList;
import java.util.List;
import org.dateline.search.SearchQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the neighbouring pages of a listing; numbered links around the current page. */
public record Pagination(int page, int totalPages, String previousHref, String nextHref, List<PageLink> links) {

    public record PageLink(int number, String href, boolean current) {}

    public boolean isNeeded() {
        return totalPages > 1;
    }

    /**
     * How many pages of a result can be linked by number: search refuses numbered pages beyond its first
     * {@link SearchQuery#MAX_DEPTH} results (deeper goes by cursor), so no link may lead there.
     */
    static int reachablePages(int totalPages, int pageSize) {
        return Math.min(totalPages, SearchQuery.MAX_DEPTH / pageSize);
    }

    /** Keeps the listing's other query parameters (e.g. {@code year}) in every link. */
    static Pagination of(int page, int totalPages, UriComponentsBuilder base) {
        List<PageLink> links = new ArrayList<>();
        int from = Math.max(1, page - 3);
        int to = Math.min(totalPages, page + 3);
        if (from > 1) {
            links.add(new PageLink(1, href(base, 1), false));
        }
        for (int number = from; number <= to; number++) {
            links.add(new PageLink(number, href(base, number), number == page));
        }
        if (to < totalPages) {
            links.add(new PageLink(totalPages, href(base, totalPages), false));
        }
        return new Pagination(
                page,
                totalPages,
                page > 1 ? href(base, page - 1) : null,
                page < totalPages ? href(base, page + 1) : null,
                links);
    }

    private static String href(UriComponentsBuilder base, int number) {
        UriComponentsBuilder builder = base.cloneBuilder();
        if (number == 1) {
            builder.replaceQueryParam("page");
        } else {
            builder.replaceQueryParam("page", number);
        }
        return builder.build().encode().toUriString();
    }
}
