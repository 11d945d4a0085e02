package org.dateline.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import org.dateline.content.ContentItem;
import org.dateline.content.DatedId;

/** What the index reads of the database: in the application the {@code ContentCatalog}, in tests a map. */
interface ItemSource {

    /** The item of any status. */
    Optional<ContentItem> find(UUID id);

    /** The items with the ids, of any status; unknown ids are left out. */
    default List<ContentItem> findAll(Collection<UUID> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** How many published items each day holds. */
    NavigableMap<LocalDate, Long> countPublishedPerDay();

    /** The published items dated from {@code oldest} to {@code newest}, with what orders them, in no particular order. */
    List<DatedId> publishedDated(LocalDate oldest, LocalDate newest);

    /** Items of any status changed after (at, afterId), oldest change first. */
    List<ContentItem> changedAfter(Instant at, UUID afterId, int limit);

    Optional<Instant> lastChange();

    long countPublished();
}
