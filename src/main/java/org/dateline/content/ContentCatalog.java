package org.dateline.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads content items: single items by path, id or legacy URL, and paged listings of published items. */
@Service
@Transactional(readOnly = true)
public class ContentCatalog {

    private final ContentItems items;

    ContentCatalog(ContentItems items) {
        this.items = items;
    }

    /** The published item at the canonical path, e.g. {@code /press-releases/2006/12/international-workshop}. */
    public Optional<ContentItem> findPublishedByPath(String path) {
        return items.findByPath(path).filter(ContentItem::isPublished);
    }

    /** The item with the id, whatever its status. */
    public Optional<ContentItem> findById(UUID id) {
        return items.findById(id);
    }

    /** The item imported from the legacy site's URL, whatever its status. */
    public Optional<ContentItem> findByLegacyUrl(String legacyUrl) {
        return items.findByLegacyUrl(legacyUrl);
    }

    /**
     * One page of the published items the query matches, newest first: by date, then time (items without a
     * time last), then publication, then id.
     */
    public ItemPage findPublished(ItemQuery query) {
        long total = items.countPublished(query);
        List<ContentItem> page = total > query.offset() ? items.findPublished(query) : List.of();
        return new ItemPage(page, query.page(), query.size(), total);
    }

    /** The years in which the published items a query matches are dated, latest first; the query's year is ignored. */
    public List<Integer> publishedYears(ItemQuery query) {
        return items.publishedYears(query);
    }

    /**
     * The back office's view: up to {@code limit} items whose source is one of {@code sourceIds} (every item
     * when null), whatever their status, most recently changed first.
     */
    public List<ContentItem> findBySources(Collection<Long> sourceIds, int limit) {
        return items.findBySources(sourceIds, limit);
    }

    /** The item's revisions, one per save, oldest first. */
    public List<Revision> revisions(UUID id) {
        return items.revisions(id);
    }

    /** The public correction notes of the item, oldest first. */
    public List<Correction> corrections(UUID id) {
        return items.corrections(id);
    }

    public long countPublished() {
        return items.countPublished(ItemQuery.all(1, 1));
    }
}
