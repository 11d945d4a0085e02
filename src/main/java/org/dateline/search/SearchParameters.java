package org.dateline.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a search is written in a URL, the one reading the search page, listings, feeds, exports and the API
 * share: {@code q} the text, one parameter per {@link Facet} (repeated for several values), {@code from} and
 * {@code to} (ISO dates), {@code sort} ({@code relevance} or {@code date}), {@code page} and {@code cursor}.
 * Blank values count as absent; a value that cannot be read is an {@link InvalidSearch} naming it.
 */
public final class SearchParameters {

    public static final String TEXT = "q";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String CURSOR = "cursor";

    private SearchParameters() {}

    /** Every parameter name a search URL may carry, facets included. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(TEXT, FROM, TO, SORT, PAGE, CURSOR));
        for (Facet facet : Facet.values()) {
            names.add(facet.param());
        }
        return names;
    }

    /** The query the parameters ask for, on top of what {@code base} fixes (a listing's scope), pages of {@code size}. */
    public static SearchQuery read(Map<String, List<String>> params, SearchQuery base, int size) {
        SearchQuery query = base.withText(first(params, TEXT)).withSize(size);
        for (Facet facet : Facet.values()) {
            Set<String> values = values(params, facet.param());
            if (!values.isEmpty()) {
                query = query.withFilter(facet, values);
            }
        }
        query = query.withDates(date(params, FROM), date(params, TO));
        String sort = first(params, SORT);
        if (sort != null) {
            query = query.withOrder(
                    switch (sort) {
                        case "date" -> SearchQuery.Order.DATE;
                        case "relevance" -> SearchQuery.Order.RELEVANCE;
                        default -> throw new InvalidSearch("Unknown sort " + sort + "; use relevance or date");
                    });
        }
        return query.withCursor(first(params, CURSOR)).withPage(page(params));
    }

    /** The page number asked for, 1 when none. */
    public static int page(Map<String, List<String>> params) {
        String page = first(params, PAGE);
        if (page == null) {
            return 1;
        }
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            throw new InvalidSearch("Page " + page + " is no number");
        }
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String value = first(params, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidSearch("The date " + value + " is not of the form 2006-12-31");
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        Set<String> values = values(params, name);
        return values.isEmpty() ? null : values.iterator().next();
    }

    private static Set<String> values(Map<String, List<String>> params, String name) {
        Set<String> kept = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                kept.add(value.strip());
            }
        }
        return kept;
    }
}
