package org.dateline.content;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which items changed (were published, changed in public or withdrawn) in a time window, for harvesters:
 * items whose last change lies in [{@code from}, {@code until}) (either bound may be null), optionally of
 * one type, from one of {@code sourceIds} or classified by one of {@code termIds}, strictly after the
 * cursor {@code (afterChange, afterId)} in the order of (last change, id); at most {@code limit} of them.
 */
public record ChangeQuery(
        Instant from,
        Instant until,
        ContentType type,
        Set<Long> sourceIds,
        Set<Long> termIds,
        Instant afterChange,
        UUID afterId,
        int limit) {

    public ChangeQuery {
        sourceIds = sourceIds == null ? Set.of() : Set.copyOf(sourceIds);
        termIds = termIds == null ? Set.of() : Set.copyOf(termIds);
        if ((afterChange == null) != (afterId == null)) {
            throw new IllegalArgumentException("A cursor needs both the change time and the id");
        }
        if (limit < 1 || limit > ItemQuery.MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + ItemQuery.MAX_SIZE + " items, not " + limit);
        }
    }

    /** Every change, oldest first, {@code limit} at a time. */
    public static ChangeQuery all(int limit) {
        return new ChangeQuery(null, null, null, Set.of(), Set.of(), null, null, limit);
    }

    /** The same query continued after the item: the next page. */
    public ChangeQuery after(ContentItem item) {
        return after(item.updatedAt(), item.id());
    }

    /** The same query continued after the item that changed at {@code change} and has the id. */
    public ChangeQuery after(Instant change, UUID id) {
        return new ChangeQuery(from, until, type, sourceIds, termIds, change, id, limit);
    }
}
