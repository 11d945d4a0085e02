package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.DatedId;
import org.junit.jupiter.api.Test;

/** What the index holds of an item, beyond what searches show (which {@link SearchIndexTests} covers). */
class ItemDocumentsTests {

    @Test
    void everyDocumentHasALengthInEveryScoredTextField() throws IOException {
        ArchiveCorpus corpus = new ArchiveCorpus();
        List<ContentItem> items = new ArrayList<>(corpus.all().values());
        assertThat(items).extracting(ContentItem::language).contains("en", "ru", "sr");
        assertThat(items).anyMatch(item -> item.summary() == null);
        assertThat(items).anyMatch(item -> item.place() == null);
        ItemDocuments documents = new ItemDocuments(new FakeTerms());
        FacetsConfig config = ItemDocuments.facetsConfig();
        List<String> scored = ItemDocuments.LANGUAGE_FIELDS.stream()
                .flatMap(name -> ItemDocuments.indexedFields(name).stream())
                .toList();
        assertThat(scored).hasSize(2 * LanguageAnalyzers.KEYS.length);
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (ContentItem item : items) {
                    writer.addDocument(config.build(documents.document(item)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader segment = reader.leaves().get(0).reader();
                for (String field : scored) {
                    NumericDocValues lengths = segment.getNormValues(field);
                    assertThat(lengths).as(field).isNotNull();
                    for (int doc = 0; doc < segment.maxDoc(); doc++) {
                        assertThat(lengths.advanceExact(doc))
                                .as("a length of document %d in %s", doc, field)
                                .isTrue();
                    }
                }
            }
        }
    }

    /**
     * The rebuild hands items to Lucene in this order so that nothing needs sorting: it must be the index's own,
     * down to items of one day without a time, published within one second, and ids whose halves are negative.
     */
    @Test
    void theOrderOfItemsNotYetIndexedIsTheIndexOrder() throws IOException {
        ItemDocuments documents = new ItemDocuments(new FakeTerms());
        FacetsConfig config = ItemDocuments.facetsConfig();
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<ContentItem> items = new ArrayList<>();
            for (int n = 0; n < 200; n++) {
                Instant second = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(3));
                items.add(ContentFixtures.item()
                        .id(new UUID(random.nextLong() % 3, random.nextLong()))
                        .date(LocalDate.of(2006, 12, 1 + random.nextInt(3)))
                        .time(random.nextBoolean() ? null : LocalTime.of(10, random.nextInt(2)))
                        .published(random.nextInt(10) == 0 ? null : second.plusNanos(random.nextInt(1_000_000_000)))
                        .build());
            }
            List<UUID> expected = items.stream()
                    .map(item -> new DatedId(item.id(), item.date(), item.time(), item.publishedAt()))
                    .sorted(ItemDocuments.NEWEST_FIRST_ORDER)
                    .map(DatedId::id)
                    .toList();
            try (Directory directory = new ByteBuffersDirectory()) {
                IndexWriterConfig sorted =
                        new IndexWriterConfig(new StandardAnalyzer()).setIndexSort(ItemDocuments.NEWEST_FIRST);
                try (IndexWriter writer = new IndexWriter(directory, sorted)) {
                    for (ContentItem item : items) {
                        writer.addDocument(config.build(documents.document(item)));
                    }
                    writer.forceMerge(1);
                }
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    StoredFields stored = reader.storedFields();
                    List<UUID> indexed = new ArrayList<>();
                    for (int doc = 0; doc < reader.maxDoc(); doc++) {
                        indexed.add(UUID.fromString(stored.document(doc).get(ItemDocuments.ID)));
                    }
                    assertThat(indexed).as("seed %d", seed).isEqualTo(expected);
                }
            }
        }
    }

    /** Bodies are stored as UTF-8 bytes; indexes written before stored them as strings, and both give snippets. */
    @Test
    void snippetsComeFromBodiesStoredAsBytesAndFromBodiesStoredAsStrings() throws IOException {
        String text = "The ombudsman’s office in Москва received 1,200 complaints.";
        Analyzer analyzer = LanguageAnalyzers.perField();
        FieldType storedAsBefore = new FieldType(TextField.TYPE_STORED);
        storedAsBefore.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                ContentItem item = ContentFixtures.item()
                        .language("en")
                        .body("<p>" + text + "</p>")
                        .build();
                writer.addDocument(
                        ItemDocuments.facetsConfig().build(new ItemDocuments(new FakeTerms()).document(item)));
                Document before = new Document();
                before.add(new Field(ItemDocuments.field(ItemDocuments.TEXT, "en"), text, storedAsBefore));
                writer.addDocument(before);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new TermQuery(new Term(ItemDocuments.field(ItemDocuments.TEXT, "en"), "ombudsman"));
                TopDocs hits = searcher.search(query, 10);
                String[] snippets = new ItemDocuments.BodyHighlighter(UnifiedHighlighter.builder(searcher, analyzer))
                        .highlight(ItemDocuments.field(ItemDocuments.TEXT, "en"), query, hits);

                assertThat(hits.totalHits.value).isEqualTo(2);
                String expected = "The <b>ombudsman’s</b> office in Москва received 1,200 complaints.";
                assertThat(snippets).containsExactly(expected, expected);
            }
        }
    }
}
