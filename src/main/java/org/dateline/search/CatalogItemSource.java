package org.dateline.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.DatedId;

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
    public NavigableMap<LocalDate, Long> countPublishedPerDay() {
        return catalog.countPublishedPerDay();
    }

    @Override
    public List<DatedId> publishedDated(LocalDate oldest, LocalDate newest) {
        return catalog.publishedDated(oldest, newest);
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
