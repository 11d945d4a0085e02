package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer's queue when the database takes items faster than the index: a batch writer is held back to within a
 * few seconds of the indexer (but not by an indexer that cannot write), and a stop that cannot wait for the whole
 * queue ends the batch under way cleanly and leaves the rest to the next start.
 */
class IndexerBacklogTests {

    private static final long PATIENCE_SECONDS = 30;

    @TempDir
    Path indexDir;

    GatedItems database = new GatedItems();

    @Test
    void holdsABatchWriterBackWhileTheIndexerIsFarBehind() throws Exception {
        SearchIndex index = new SearchIndex(IndexDirectories.inMemory(), database, new FakeTerms(), false);
        try {
            save(index, "Border monitoring report for the spring");
            assertThat(database.reading.await(PATIENCE_SECONDS, TimeUnit.SECONDS))
                    .isTrue();
            for (String title : List.of("Election observers deployed", "Media freedom visit", "Water forum opens")) {
                save(index, title);
            }

            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> index.awaitBacklog(1));
            assertThatThrownBy(() -> writer.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            database.open();
            writer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } finally {
            database.open();
            index.destroy();
        }
    }

    @Test
    void holdsNoWriterBackWhileTheIndexersWritesFail() throws Exception {
        FakeItems unreadable = new FakeItems() {
            @Override
            public List<ContentItem> findAll(Collection<UUID> ids) {
                throw new IllegalStateException("the database cannot be read");
            }
        };
        SearchIndex index = new SearchIndex(IndexDirectories.inMemory(), unreadable, new FakeTerms(), false);
        try {
            assertThat(index.count()).isZero(); // open, its indexer running
            // More than the indexer takes at once: the queue stays long while it tries again and again.
            for (int n = 1; n <= 600; n++) {
                save(index, unreadable, "Weekly report number " + n);
            }

            CompletableFuture.runAsync(() -> index.awaitBacklog(1)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } finally {
            index.destroy();
        }
    }

    @Test
    void stoppingPastItsWaitEndsTheBatchUnderWayAndLeavesTheRestToTheNextStart() throws Exception {
        SearchIndex index = onDisk(database, Duration.ofMillis(100));
        save(index, "Border monitoring report for the spring");
        assertThat(database.reading.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        save(index, "Election observers deployed");
        save(index, "Media freedom visit");

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                index.destroy();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // Once the stop has given up waiting, the batch under way reads its item.
        await().atMost(Duration.ofSeconds(PATIENCE_SECONDS)).until(index::stopGaveUpWaiting);
        database.open();
        stopping.get(PATIENCE_SECONDS, TimeUnit.SECONDS);

        SearchIndex restarted = onDisk(database, Duration.ofMinutes(2));
        try {
            assertThat(restarted.count()).isEqualTo(1);
            assertThat(restarted.search(SearchQuery.of("border monitoring")).total())
                    .isEqualTo(1);

            assertThat(restarted.catchUp()).isEqualTo(SearchIndex.CatchUp.CAUGHT_UP);
            assertThat(restarted.count()).isEqualTo(3);
        } finally {
            restarted.destroy();
        }
    }

    private SearchIndex onDisk(ItemSource items, Duration stopWait) throws IOException {
        return new SearchIndex(
                IndexDirectories.onDisk(indexDir),
                items,
                new FakeTerms(),
                false,
                Clock.systemUTC(),
                Duration.ofSeconds(1),
                true,
                Integer.parseInt(SearchProperties.DEFAULT_MIN_SLICE_DOCS),
                stopWait);
    }

    private void save(SearchIndex index, String title) {
        save(index, database, title);
    }

    /** Saves a published item as the application does: in the database, then announced and committed. */
    private static void save(SearchIndex index, FakeItems database, String title) {
        ContentItem item = ContentFixtures.item()
                .title(title)
                .published(ArchiveCorpus.PUBLISHED)
                .updatedAt(Instant.now())
                .build();
        database.put(item);
        index.committed(index.announce(item.id()));
    }

    /** A database whose reads by the indexer wait until the test opens it: an indexer far behind. */
    static final class GatedItems extends FakeItems {

        final CountDownLatch reading = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        void open() {
            open.countDown();
        }

        @Override
        public List<ContentItem> findAll(Collection<UUID> ids) {
            reading.countDown();
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.findAll(ids);
        }
    }
}
