package org.dateline.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;

/** The database as the index reads it, through the content module's catalog. */
final class CatalogItemSource implements ItemSource {

    private final ContentCatalog catalog;

    CatalogItemSource(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<ContentItem> find(UUID id) {
        return catalog.findById(id);
    }

    @Override
    public List<ContentItem> findAll(Collection<UUID> ids) {
        return catalog.findAllById(ids);
    }

    @Override
    public List<ContentItem> publishedAfter(UUID afterId, int limit) {
        return catalog.publishedAfter(afterId, limit);
    }

    @Override
    public List<ContentItem> changedAfter(Instant at, UUID afterId, int limit) {
        return catalog.changedAfter(at, afterId, limit);
    }

    @Override
    public Optional<Instant> lastChange() {
        return catalog.lastChange();
    }

    @Override
    public long countPublished() {
        return catalog.countPublished();
    }
}
