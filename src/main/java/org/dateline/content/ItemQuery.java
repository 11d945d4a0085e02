package org.dateline.content;

import java.util.Set;

/**
 * Which published items a listing shows: optionally only one type, only items classified by one of
 * {@code termIds} (as source, meeting type, field of work or country; empty means any) and only items dated
 * in {@code year}; {@code page} counts from 1.
 */
public record ItemQuery(ContentType type, Set<Long> termIds, Integer year, int page, int size) {

    public static final int MAX_SIZE = 500;

    public ItemQuery {
        termIds = termIds == null ? Set.of() : Set.copyOf(termIds);
        if (page < 1) {
            throw new IllegalArgumentException("Pages count from 1, not from " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " items, not " + size);
        }
    }

    /** All published items, newest first, {@code size} to a page. */
    public static ItemQuery all(int page, int size) {
        return new ItemQuery(null, Set.of(), null, page, size);
    }

    public ItemQuery withType(ContentType type) {
        return new ItemQuery(type, termIds, year, page, size);
    }

    public ItemQuery withTermIds(Set<Long> termIds) {
        return new ItemQuery(type, termIds, year, page, size);
    }

    public ItemQuery withYear(Integer year) {
        return new ItemQuery(type, termIds, year, page, size);
    }

    public ItemQuery withPage(int page) {
        return new ItemQuery(type, termIds, year, page, size);
    }

    public ItemQuery withSize(int size) {
        return new ItemQuery(type, termIds, year, page, size);
    }

    long offset() {
        return (long) (page - 1) * size;
    }
}
