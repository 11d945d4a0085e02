package org.dateline.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The item changes the index has heard of but not yet written: changes whose transaction is still open, and
 * committed changes queued for the indexer, each with the moment it was announced. The oldest of those moments
 * bounds what an index commit may claim to hold, so that a restart replays whatever was announced but not
 * committed to the index. Thread-safe; the indexer waits here for work.
 */
final class PendingChanges {

    /** A change announced within a transaction that has not ended yet. */
    record Announced(UUID id, Instant at) {}

    private final TreeMap<Instant, Integer> moments = new TreeMap<>();
    private final Map<UUID, Instant> queued = new LinkedHashMap<>();

    synchronized Announced announce(UUID id, Instant at) {
        moments.merge(at, 1, Integer::sum);
        return new Announced(id, at);
    }

    /** The transaction committed: the change waits for the indexer (once, however often it was announced). */
    synchronized void committed(Announced change) {
        Instant earlier = queued.putIfAbsent(change.id(), change.at());
        if (earlier != null) {
            forget(change.at());
        }
        notifyAll();
    }

    /** The transaction rolled back: nothing changed. */
    synchronized void rolledBack(Announced change) {
        forget(change.at());
    }

    /**
     * Up to {@code limit} queued changes, oldest first, waiting up to {@code waitMillis} for one; they stay
     * pending until {@link #written}.
     */
    synchronized List<Map.Entry<UUID, Instant>> take(int limit, long waitMillis) throws InterruptedException {
        if (queued.isEmpty() && waitMillis > 0) {
            wait(waitMillis);
        }
        List<Map.Entry<UUID, Instant>> batch = new ArrayList<>(Math.min(limit, queued.size()));
        var entries = queued.entrySet().iterator();
        while (entries.hasNext() && batch.size() < limit) {
            Map.Entry<UUID, Instant> next = entries.next();
            batch.add(Map.entry(next.getKey(), next.getValue()));
            entries.remove();
        }
        if (!batch.isEmpty()) {
            notifyAll(); // a writer may be waiting for the queue to shorten
        }
        return batch;
    }

    /** The taken changes are in the index writer (not yet committed: the commit reads {@link #oldest} before). */
    synchronized void written(List<Map.Entry<UUID, Instant>> batch) {
        batch.forEach(change -> forget(change.getValue()));
    }

    /** The taken changes could not be written: they wait again, with their moments. */
    synchronized void putBack(List<Map.Entry<UUID, Instant>> batch) {
        for (Map.Entry<UUID, Instant> change : batch) {
            Instant earlier = queued.putIfAbsent(change.getKey(), change.getValue());
            if (earlier != null) {
                forget(change.getValue());
            }
        }
    }

    /** Waits up to {@code waitMillis} for the queue to hold at most {@code limit} changes; whether it does. */
    synchronized boolean awaitQueuedAtMost(int limit, long waitMillis) throws InterruptedException {
        if (queued.size() > limit) {
            wait(waitMillis);
        }
        return queued.size() <= limit;
    }

    synchronized int queuedCount() {
        return queued.size();
    }

    synchronized boolean isQueueEmpty() {
        return queued.isEmpty();
    }

    /** The moment of the oldest change announced and not yet written, if any. */
    synchronized Optional<Instant> oldest() {
        return moments.isEmpty() ? Optional.empty() : Optional.of(moments.firstKey());
    }

    synchronized void wakeUp() {
        notifyAll();
    }

    private void forget(Instant at) {
        moments.computeIfPresent(at, (moment, count) -> count == 1 ? null : count - 1);
    }
}
