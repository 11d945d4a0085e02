package org.dateline.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which published items a listing shows: optionally only one type, only items classified by one of
 * {@code termIds} (as source, meeting type, field of work or country; empty means any) and only items dated
 * in {@code year}; {@code page} counts from 1. The narrower filters a faceted search needs come on top and
 * are all AND-ed: {@code termGroups} (each group: any of its terms), {@code types}, {@code languages} and
 * {@code years} (each: any of its values; empty means any).
 */
public record ItemQuery(
        ContentType type,
        Set<Long> termIds,
        Integer year,
        int page,
        int size,
        List<Set<Long>> termGroups,
        Set<ContentType> types,
        Set<String> languages,
        Set<Integer> years) {

    public static final int MAX_SIZE = 500;

    public ItemQuery {
        termIds = termIds == null ? Set.of() : Set.copyOf(termIds);
        termGroups = termGroups == null
                ? List.of()
                : termGroups.stream().map(Set::copyOf).toList();
        types = types == null ? Set.of() : Set.copyOf(types);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        years = years == null ? Set.of() : Set.copyOf(years);
        if (page < 1) {
            throw new IllegalArgumentException("Pages count from 1, not from " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " items, not " + size);
        }
    }

    public ItemQuery(ContentType type, Set<Long> termIds, Integer year, int page, int size) {
        this(type, termIds, year, page, size, List.of(), Set.of(), Set.of(), Set.of());
    }

    /** All published items, newest first, {@code size} to a page. */
    public static ItemQuery all(int page, int size) {
        return new ItemQuery(null, Set.of(), null, page, size);
    }

    public ItemQuery withType(ContentType type) {
        return new ItemQuery(type, termIds, year, page, size, termGroups, types, languages, years);
    }

    public ItemQuery withTermIds(Set<Long> termIds) {
        return new ItemQuery(type, termIds, year, page, size, termGroups, types, languages, years);
    }

    public ItemQuery withYear(Integer year) {
        return new ItemQuery(type, termIds, year, page, size, termGroups, types, languages, years);
    }

    public ItemQuery withPage(int page) {
        return new ItemQuery(type, termIds, year, page, size, termGroups, types, languages, years);
    }

    /** Also requires one of the terms (as source, meeting type, field of work or country). */
    public ItemQuery withTermGroup(Set<Long> anyOf) {
        var groups = new ArrayList<>(termGroups);
        groups.add(anyOf);
        return new ItemQuery(type, termIds, year, page, size, groups, types, languages, years);
    }

    public ItemQuery withTypes(Set<ContentType> types) {
        return new ItemQuery(type, termIds, year, page, size, termGroups, types, languages, years);
    }

    public ItemQuery withLanguages(Set<String> languages) {
        return new ItemQuery(type, termIds, year, page, size, termGroups, types, languages, years);
    }

    public ItemQuery withYears(Set<Integer> years) {
        return new ItemQuery(type, termIds, year, page, size, termGroups, types, languages, years);
    }

    public ItemQuery withSize(int size) {
        return new ItemQuery(type, termIds, year, page, size);
    }

    long offset() {
        return (long) (page - 1) * size;
    }
}
