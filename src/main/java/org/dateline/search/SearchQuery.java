package org.dateline.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One search of the published archive, the model the search page, the listings and the API share.
 * {@code text} is what the reader typed (words, "phrases", AND, OR, NOT, {@code -word}; blank browses
 * everything). {@code filters} are the reader's facet selections: values of one facet are OR-ed, facets are
 * AND-ed, and each facet is counted as if its own selection were absent. {@code scope} narrows the search
 * the same way but is no selection (a listing's own term); it is never counted sideways. {@code from} and
 * {@code until} bound the item date, both inclusive. Pages count from 1; {@code cursor}, from a previous
 * result's {@link SearchResults#nextCursor()}, continues after that page however deep.
 */
public record SearchQuery(
        String text,
        Map<Facet, Set<String>> filters,
        Map<Facet, Set<String>> scope,
        LocalDate from,
        LocalDate until,
        Order order,
        int page,
        int size,
        String cursor) {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** How many results pages may reach by number; deeper needs the cursor. */
    public static final int MAX_DEPTH = 10_000;

    public enum Order {
        /** Best match first, newest first among equals; the same as {@link #DATE} without text. */
        RELEVANCE,
        /** Newest first. */
        DATE
    }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidSearch(
                    "A search text holds at most " + MAX_TEXT_LENGTH + " characters, not " + text.length());
        }
        filters = copy(filters);
        scope = copy(scope);
        order = order == null ? Order.RELEVANCE : order;
        if (from != null && until != null && from.isAfter(until)) {
            throw new InvalidSearch("The date range starts (" + from + ") after it ends (" + until + ")");
        }
        if (page < 1) {
            throw new InvalidSearch("Pages count from 1, not from " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearch("A page holds 1 to " + MAX_SIZE + " results, not " + size);
        }
        if (cursor == null && (long) page * size > MAX_DEPTH) {
            throw new InvalidSearch("Pages reach the first " + MAX_DEPTH + " results; go deeper with the cursor");
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
    }

    /** The first page of results for the text, best match first, with no filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), Map.of(), null, null, Order.RELEVANCE, 1, DEFAULT_SIZE, null);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public SearchQuery withText(String text) {
        return new SearchQuery(text, filters, scope, from, until, order, page, size, cursor);
    }

    public SearchQuery withFilter(Facet facet, Set<String> values) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(facet, values);
        return new SearchQuery(text, changed, scope, from, until, order, page, size, cursor);
    }

    public SearchQuery withScope(Facet facet, Set<String> values) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(scope);
        changed.put(facet, values);
        return new SearchQuery(text, filters, changed, from, until, order, page, size, cursor);
    }

    public SearchQuery withDates(LocalDate from, LocalDate until) {
        return new SearchQuery(text, filters, scope, from, until, order, page, size, cursor);
    }

    public SearchQuery withOrder(Order order) {
        return new SearchQuery(text, filters, scope, from, until, order, page, size, cursor);
    }

    public SearchQuery withPage(int page) {
        return new SearchQuery(text, filters, scope, from, until, order, page, size, cursor);
    }

    public SearchQuery withSize(int size) {
        return new SearchQuery(text, filters, scope, from, until, order, page, size, cursor);
    }

    public SearchQuery withCursor(String cursor) {
        return new SearchQuery(text, filters, scope, from, until, order, page, size, cursor);
    }

    private static Map<Facet, Set<String>> copy(Map<Facet, Set<String>> facets) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (facets != null) {
            facets.forEach((facet, values) -> {
                Set<String> kept = new LinkedHashSet<>();
                if (values != null) {
                    values.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(String::strip)
                            .forEach(kept::add);
                }
                if (!kept.isEmpty()) {
                    copy.put(facet, Set.copyOf(kept));
                }
            });
        }
        return Map.copyOf(copy);
    }
}
