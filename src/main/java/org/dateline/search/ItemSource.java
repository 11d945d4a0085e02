package org.dateline.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dateline.content.ContentItem;

/** What the index reads of the database: in the application the {@code ContentCatalog}, in tests a map. */
interface ItemSource {

    /** The item of any status. */
    Optional<ContentItem> find(UUID id);

    /** The items with the ids, of any status; unknown ids are left out. */
    default List<ContentItem> findAll(Collection<UUID> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Published items after the id (from the first when null), in id order. */
    List<ContentItem> publishedAfter(UUID afterId, int limit);

    /** Items of any status changed after (at, afterId), oldest change first. */
    List<ContentItem> changedAfter(Instant at, UUID afterId, int limit);

    Optional<Instant> lastChange();

    long countPublished();
}
