package org.dateline.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.dateline.content.ContentItem;
import org.dateline.content.DatedId;

/** The database as the index reads it, held in a map; tests put and remove items, and may slow a read down. */
class FakeItems implements ItemSource {

    private final Map<UUID, ContentItem> items = new ConcurrentHashMap<>();

    void put(ContentItem item) {
        items.put(item.id(), item);
    }

    @Override
    public Optional<ContentItem> find(UUID id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public NavigableMap<LocalDate, Long> countPublishedPerDay() {
        return items.values().stream()
                .filter(ContentItem::isPublished)
                .collect(Collectors.groupingBy(ContentItem::date, TreeMap::new, Collectors.counting()));
    }

    @Override
    public List<DatedId> publishedDated(LocalDate oldest, LocalDate newest) {
        return items.values().stream()
                .filter(ContentItem::isPublished)
                .filter(i -> !i.date().isBefore(oldest) && !i.date().isAfter(newest))
                .map(i -> new DatedId(i.id(), i.date(), i.time(), i.publishedAt()))
                .toList();
    }

    @Override
    public List<ContentItem> changedAfter(Instant at, UUID afterId, int limit) {
        return items.values().stream()
                .filter(i -> i.updatedAt().isAfter(at)
                        || (i.updatedAt().equals(at) && (afterId == null || i.id().compareTo(afterId) > 0)))
                .sorted(Comparator.comparing(ContentItem::updatedAt).thenComparing(ContentItem::id))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Instant> lastChange() {
        return items.values().stream().map(ContentItem::updatedAt).max(Comparator.naturalOrder());
    }

    @Override
    public long countPublished() {
        return items.values().stream().filter(ContentItem::isPublished).count();
    }
}
