package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.DatedId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds on disk: built aside, swapped in, the old generation deleted, the new one used after a restart. */
class IndexGenerationsTests {

    @TempDir
    Path root;

    @Test
    void swapsInTheRebuiltGenerationAndKeepsItAcrossRestarts() throws IOException {
        FakeItems database = new FakeItems();
        new ArchiveCorpus().all().values().forEach(database::put);
        SearchIndex index = new SearchIndex(IndexDirectories.onDisk(root), database, new FakeTerms(), false);
        index.rebuild(SearchIndex.RebuildProgress.NONE);
        index.rebuild(SearchIndex.RebuildProgress.NONE);
        index.destroy();

        assertThat(Files.readString(root.resolve("CURRENT"))).isEqualTo("generation-3");
        assertThat(generations()).containsExactly("generation-3");

        SearchIndex restarted = new SearchIndex(IndexDirectories.onDisk(root), database, new FakeTerms(), false);
        try {
            assertThat(restarted.count()).isEqualTo(35);
            assertThat(restarted.catchUp()).isEqualTo(SearchIndex.CatchUp.UP_TO_DATE);
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void rebuildsASmallIndexIntoOneSegmentAndALargeOneIntoOnePerCore() throws IOException {
        // All on one day, which the rebuild's parts share.
        FakeItems database = new FakeItems();
        for (int n = 0; n < 2_000; n++) {
            database.put(ContentFixtures.item()
                    .title("Item number " + n)
                    .published(ArchiveCorpus.PUBLISHED)
                    .build());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        for (int minSliceDocs : new int[] {100_000, 100}) {
            Path dir = root.resolve("min-slice-" + minSliceDocs);
            SearchIndex index = withMinSliceDocs(dir, database, minSliceDocs);
            index.rebuild(SearchIndex.RebuildProgress.NONE);
            int slices = index.slices();
            index.destroy();

            try (Directory rebuilt = FSDirectory.open(dir.resolve(Files.readString(dir.resolve("CURRENT"))))) {
                int expected = minSliceDocs == 100 ? cores : 1;
                assertThat(SegmentInfos.readLatestCommit(rebuilt).size())
                        .as("segments")
                        .isEqualTo(expected);
                assertThat(slices).as("slices").isEqualTo(expected);
            }
        }
    }

    @Test
    void aRebuildHoldsEveryPublishedItemOnceWithItsSegmentsInTheIndexOrder() throws IOException {
        FakeItems database = new FakeItems();
        Random random = new Random(7);
        List<ContentItem> published = new ArrayList<>();
        for (int n = 0; n < 3_000; n++) {
            // A tenth on one day, which the two parts share; the rest over ten years; one in twenty a draft.
            LocalDate date = n % 10 == 0
                    ? LocalDate.of(2016, 6, 1)
                    : LocalDate.of(2010, 1, 1).plusDays(random.nextInt(3650));
            ContentFixtures.Builder item = ContentFixtures.item()
                    .id(new UUID(random.nextLong(), random.nextLong()))
                    .title("Item number " + n)
                    .date(date)
                    .time(random.nextBoolean() ? null : LocalTime.ofSecondOfDay(random.nextInt(86_400)));
            if (n % 20 == 0) {
                database.put(item.build());
            } else {
                ContentItem publishedItem = item.published(ArchiveCorpus.PUBLISHED.plusSeconds(random.nextInt(1000)))
                        .build();
                database.put(publishedItem);
                published.add(publishedItem);
            }
        }
        SearchIndex index = withMinSliceDocs(root, database, 100);
        index.rebuild(SearchIndex.RebuildProgress.NONE);
        index.destroy();

        List<UUID> newestFirst = published.stream()
                .map(item -> new DatedId(item.id(), item.date(), item.time(), item.publishedAt()))
                .sorted(ItemDocuments.NEWEST_FIRST_ORDER)
                .map(DatedId::id)
                .toList();
        assertThat(generations()).containsExactly(Files.readString(root.resolve("CURRENT")));
        try (Directory rebuilt = FSDirectory.open(root.resolve(Files.readString(root.resolve("CURRENT"))));
                DirectoryReader reader = DirectoryReader.open(rebuilt)) {
            assertThat(reader.leaves()).hasSize(Runtime.getRuntime().availableProcessors());
            List<UUID> indexed = new ArrayList<>();
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                indexed.add(UUID.fromString(stored.document(doc).get(ItemDocuments.ID)));
            }
            assertThat(indexed).isEqualTo(newestFirst);
        }
    }

    @Test
    void rebuildingAnArchiveWithNothingPublishedLeavesAnEmptyIndexThatAnswers() throws IOException {
        FakeItems database = new FakeItems();
        database.put(ContentFixtures.item().title("A draft").build());
        SearchIndex index = new SearchIndex(IndexDirectories.onDisk(root), database, new FakeTerms(), false);
        try {
            index.rebuild(SearchIndex.RebuildProgress.NONE);

            assertThat(index.count()).isZero();
            assertThat(index.search(SearchQuery.of("draft")).total()).isZero();
            assertThat(generations()).containsExactly(Files.readString(root.resolve("CURRENT")));
        } finally {
            index.destroy();
        }
    }

    @Test
    void writesNoCompoundFilesAndCardsApartSoThatStoredTextAndCardsAreReadRatherThanMapped() throws IOException {
        FakeItems database = new FakeItems();
        SearchIndex index = new SearchIndex(IndexDirectories.onDisk(root), database, new FakeTerms(), false);
        for (ContentItem item : new ArchiveCorpus().all().values()) {
            database.put(item);
            index.update(item.id()); // each its own small segment, which Lucene would pack into a compound file
        }
        index.destroy();

        try (Stream<Path> files = Files.list(root.resolve("generation-1"))) {
            List<String> names =
                    files.map(file -> file.getFileName().toString()).toList();
            assertThat(names).anyMatch(name -> name.endsWith(".fdt")).noneMatch(name -> name.endsWith(".cfs"));
            // The cards in files of their own, which the directory reads rather than maps.
            assertThat(names).anyMatch(name -> name.endsWith(".dvd") && HybridDirectory.readThrough(name));
        }
        SearchIndex reopened = new SearchIndex(IndexDirectories.onDisk(root), database, new FakeTerms(), false);
        try {
            // Hits show their cards, read from those files by a new process (the format found by its name).
            assertThat(reopened.search(SearchQuery.of("")).hits())
                    .extracting(SearchHit::title)
                    .isNotEmpty()
                    .doesNotContainNull();
        } finally {
            reopened.destroy();
        }
    }

    @Test
    void deletesWhatAnInterruptedRebuildLeft() throws IOException {
        Files.createDirectories(root.resolve("generation-7"));
        Files.writeString(root.resolve("generation-7").resolve("junk"), "x");

        SearchIndex index = new SearchIndex(IndexDirectories.onDisk(root), new FakeItems(), new FakeTerms(), false);
        index.destroy();

        assertThat(generations()).containsExactly("generation-1");
    }

    @Test
    void carriesChangesMadeDuringARebuildIntoTheNewIndex() throws IOException {
        FakeItems database = new FakeItems();
        SearchIndex index = ArchiveCorpus.indexOf(database, new ArchiveCorpus());
        ContentItem late = ContentFixtures.item()
                .title("Late arrival during the rebuild")
                .published(ArchiveCorpus.PUBLISHED)
                .build();
        try {
            index.rebuild((done, total) -> {
                if (done == 10) {
                    database.put(late);
                    index.update(late.id());
                }
            });

            assertThat(index.search(SearchQuery.of("late arrival")).hits())
                    .extracting(SearchHit::id)
                    .containsExactly(late.id());
        } finally {
            index.destroy();
        }
    }

    @Test
    void replacesAnIndexWrittenInAnEarlierOrderAndRebuildsItFromTheDatabase() throws IOException {
        // An earlier version sorted its index by the id as text: Lucene cannot open such an index in another order.
        replacesAnEarlierIndex(new Sort(new SortField("id_sort", SortField.Type.STRING)));
    }

    @Test
    void replacesAnIndexWrittenInAnEarlierLayoutAndRebuildsItFromTheDatabase() throws IOException {
        // In today's order, but without the layout today's documents are written in.
        replacesAnEarlierIndex(ItemDocuments.NEWEST_FIRST);
    }

    private void replacesAnEarlierIndex(Sort order) throws IOException {
        Path earlier = Files.createDirectories(root.resolve("generation-1"));
        Files.writeString(root.resolve("CURRENT"), "generation-1");
        try (Directory directory = FSDirectory.open(earlier);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setIndexSort(order))) {
            Document document = new Document();
            document.add(new SortedDocValuesField("id_sort", new BytesRef("an-earlier-item")));
            writer.addDocument(document);
            writer.commit();
        }
        FakeItems database = new FakeItems();
        new ArchiveCorpus().all().values().forEach(database::put);

        SearchIndex index = new SearchIndex(IndexDirectories.onDisk(root), database, new FakeTerms(), false);
        try {
            assertThat(index.count()).isZero();
            assertThat(index.catchUp()).isEqualTo(SearchIndex.CatchUp.REBUILT);
            assertThat(generations()).hasSize(1);
            assertThat(index.count()).isEqualTo(35);
            assertThat(index.search(SearchQuery.of("")).total()).isEqualTo(35);
        } finally {
            index.destroy();
        }
    }

    @Test
    void closingStopsARebuildAndLeavesOnlyTheCurrentGeneration() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        FakeItems slow = new FakeItems() {
            @Override
            public List<ContentItem> findAll(Collection<UUID> ids) {
                reading.countDown();
                try {
                    goOn.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.findAll(ids);
            }
        };
        new ArchiveCorpus().all().values().forEach(slow::put);
        SearchIndex index = new SearchIndex(IndexDirectories.onDisk(root), slow, new FakeTerms(), false);
        AtomicReference<Throwable> rebuildEnded = new AtomicReference<>();
        Thread rebuild = new Thread(() -> {
            try {
                index.rebuild(SearchIndex.RebuildProgress.NONE);
            } catch (Throwable e) {
                rebuildEnded.set(e);
            }
        });
        rebuild.start();
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closing = new Thread(() -> {
            try {
                index.destroy();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        closing.start();
        // Blocked on the rebuild: it has said it is closing and waits for the rebuild to stop.
        await().atMost(Duration.ofSeconds(10)).until(() -> closing.getState() == Thread.State.BLOCKED);
        goOn.countDown();
        closing.join(10_000);
        rebuild.join(10_000);

        assertThat(closing.isAlive()).isFalse();
        assertThat(rebuildEnded.get()).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(root.resolve("CURRENT"))).isEqualTo("generation-1");
        assertThat(generations()).containsExactly("generation-1");
    }

    @Test
    void anIndexThatCannotBeOpenedStopsTheStartAndEverySearch() throws IOException {
        Files.createDirectories(root.resolve("generation-1"));
        Files.writeString(root.resolve("CURRENT"), "generation-1");
        // A commit point Lucene cannot read: the index opens beside the start, and the start must still fail.
        Files.writeString(root.resolve("generation-1").resolve("segments_1"), "not an index");
        SearchIndex index = new SearchIndex(IndexDirectories.onDisk(root), new FakeItems(), new FakeTerms(), false);

        assertThatThrownBy(index::afterSingletonsInstantiated)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Could not open the search index");
        assertThatThrownBy(() -> index.search(SearchQuery.of("vienna"))).isInstanceOf(UncheckedIOException.class);
        assertThatNoException().isThrownBy(index::destroy);
    }

    /** An index that is searched in slices once it holds more than twice {@code minSliceDocs} items. */
    private static SearchIndex withMinSliceDocs(Path dir, FakeItems database, int minSliceDocs) throws IOException {
        return new SearchIndex(
                IndexDirectories.onDisk(dir),
                database,
                new FakeTerms(),
                false,
                Clock.systemUTC(),
                Duration.ofSeconds(1),
                true,
                minSliceDocs,
                Duration.ofMinutes(2));
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
