package org.dateline.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads content items: single items by path, id or legacy URL, and paged listings of published items. */
@Service
@Transactional(readOnly = true)
public class ContentCatalog {

    private final ContentItems items;

    ContentCatalog(ContentItems items) {
        this.items = items;
    }

    /**
     * The published item at the canonical path, e.g. {@code /press-releases/2006/12/international-workshop}. Asked
     * for every item page: one statement (the item with its terms), so it joins the caller's transaction or runs in
     * none.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<ContentItem> findPublishedByPath(String path) {
        return items.findByPath(path).filter(ContentItem::isPublished);
    }

    /**
     * The published item that was at the path before its type, date or slug changed, for a redirect to where it is
     * now. An item at the path itself comes first: ask this only when {@link #findPublishedByPath} finds none.
     */
    public Optional<ContentItem> findPublishedByFormerPath(String path) {
        return items.idAtFormerPath(path).flatMap(items::findById).filter(ContentItem::isPublished);
    }

    /** The item in its other languages: the other items of its translation group, whatever their status. */
    public List<Translation> translationsOf(ContentItem item) {
        return items.translationsOf(item);
    }

    /** The published translations of each of the items (the other published items of its group), by item id. */
    public Map<UUID, List<Translation>> publishedTranslationsOf(Collection<ContentItem> of) {
        return items.publishedTranslationsOf(of);
    }

    /** The item's published translations: the other published items of its group. */
    public List<Translation> publishedTranslationsOf(ContentItem item) {
        return items.publishedTranslationsOf(List.of(item)).get(item.id());
    }

    /** The item with the id, whatever its status. */
    public Optional<ContentItem> findById(UUID id) {
        return items.findById(id);
    }

    /** The items with the ids, whatever their status, in no particular order; unknown ids are left out. */
    public List<ContentItem> findAllById(Collection<UUID> ids) {
        return items.findAllById(ids);
    }

    /** The item imported from the legacy site's URL, whatever its status. */
    public Optional<ContentItem> findByLegacyUrl(String legacyUrl) {
        return items.findByLegacyUrl(legacyUrl);
    }

    /** The ids of the items imported from those of the legacy URLs that are known, whatever their status, by URL. */
    public Map<String, UUID> idsByLegacyUrl(Collection<String> legacyUrls) {
        return items.idsOfLegacyUrls(legacyUrls);
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

    /** How many items there are, whatever their status. */
    public long countAll() {
        return items.countAll();
    }

    /**
     * When any item, whatever its status, last changed: a validator for everything derived from the archive. Asked
     * on every public request, so it is kept between changes (see {@link LastChange}); when read, one statement in
     * the caller's transaction if there is one, else in none (beginning and committing one cost a feed request as
     * much as the query, 8% of its time).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Instant> lastChange() {
        return items.lastChange();
    }

    /**
     * How many changes of items this process has begun or ended, for validators of what this process keeps: it
     * moves on each change, committed or rolled back, where {@link #lastChange()} may stand still (two transactions
     * committing out of the order of their clocks, two changes within one tick of the clock).
     */
    public long localChanges() {
        return items.localChanges();
    }

    /**
     * The key of every {@code every}th published item, oldest publication first, the first included: where each run
     * of that many items begins, for {@link #forEachPublishedLocation}.
     */
    public List<PublicationKey> publishedRunStarts(int every) {
        return items.publishedRunStarts(every);
    }

    /**
     * Hands the locations of the published items, oldest publication first, from the one at {@code from} on, at most
     * {@code limit}, to {@code action} as the database streams them: constant memory and time for any range.
     */
    public void forEachPublishedLocation(PublicationKey from, int limit, Consumer<ItemLocation> action) {
        items.forEachPublishedLocation(from, limit, action);
    }

    /**
     * The items published once (public or withdrawn since) that the query matches, by their last change and
     * id: a harvester's next page. A withdrawn item is one whose {@link ContentItem#isPublished()} is false.
     */
    public List<ContentItem> findChanged(ChangeQuery query) {
        return items.findChanged(query);
    }

    /** The earliest last change of an item published once; empty when none was. */
    public Optional<Instant> earliestChange() {
        return items.earliestChange();
    }

    /**
     * The back office's counts: how many items of each status have a source among {@code sourceIds} (every item
     * when null). A status without items is absent.
     */
    public Map<ItemStatus, Long> countByStatus(Collection<Long> sourceIds) {
        return items.countByStatus(sourceIds);
    }

    /**
     * The back office's lists: up to {@code limit} items of the status whose source is one of {@code sourceIds}
     * (every item when null), most recently changed first, from the one after the item {@code after} (from the first
     * when null). Each page is read from an index in order, however many items the status has. With {@code
     * textContains} (null for any item), only items whose title or text contains it in any case: each of the
     * status's items is read then, which suits the few items in the works, not an archive (search that instead).
     */
    public List<ContentItem> findForDesk(
            Collection<Long> sourceIds, ItemStatus status, String textContains, UUID after, int limit) {
        return items.findForDesk(sourceIds, status, textContains, after, limit);
    }

    /** The item's revisions, one per save, oldest first. */
    public List<Revision> revisions(UUID id) {
        return items.revisions(id);
    }

    /**
     * The public correction notes of the item, oldest first. Asked for every item page: one statement, so it joins
     * the caller's transaction or runs in none.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Correction> corrections(UUID id) {
        return items.corrections(id);
    }

    public long countPublished() {
        return items.countPublished(ItemQuery.all(1, 1));
    }

    /** How many published items the query matches on all its pages. */
    public long countPublished(ItemQuery query) {
        return items.countPublished(query);
    }

    /**
     * Up to {@code limit} items of any status whose id follows {@code afterId} (from the first when null), in id order:
     * keyset pages through the whole archive at the same cost however deep; the caller keeps what it needs.
     */
    public List<ContentItem> itemsAfter(UUID afterId, int limit) {
        return items.findAfter(afterId, limit);
    }

    /**
     * The published items among the ids, in the order of the ids: a batch of search results loaded in one query
     * (with their terms in a second). Ids of items that are gone or no longer published are left out.
     */
    public List<ContentItem> findPublishedByIds(List<UUID> ids) {
        return items.findAllInOrder(ids).stream()
                .filter(ContentItem::isPublished)
                .toList();
    }

    /** How many published items each day holds, by day. */
    public NavigableMap<LocalDate, Long> countPublishedPerDay() {
        return items.countPublishedPerDay();
    }

    /**
     * The published items dated from {@code oldest} to {@code newest}, each with what orders it newest first, in no
     * particular order: a reader that wants the whole archive in order (the search index's rebuild) reads it a
     * range of days at a time.
     */
    public List<DatedId> publishedDated(LocalDate oldest, LocalDate newest) {
        return items.findPublishedDated(oldest, newest);
    }

    /**
     * Up to {@code limit} items of any status changed after {@code after} (or at {@code after} with an id after
     * {@code afterId}, which may be null), oldest change first, then by id: what a reader of the archive (such
     * as the search index) must look at again.
     */
    public List<ContentItem> changedAfter(Instant after, UUID afterId, int limit) {
        return items.findChangedAfter(after, afterId, limit);
    }
}
