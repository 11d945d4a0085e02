package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The in-memory facet values of a segment give each document exactly the values its doc values hold, documents
 * without any included, and a segment's arrays go when the last reader of the segment closes.
 */
class SegmentFacetValuesTests {

    private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    private static final long SEED = 20261202L;

    @Test
    void givesEachDocumentTheValuesOfItsDocValues() throws IOException {
        Random random = new Random(SEED);
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("country", true);
        config.setHierarchical("country", true);
        try (Directory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int n = 0; n < 3_000; n++) {
                Document doc = new Document();
                doc.add(new StringField("id", String.valueOf(n), Field.Store.NO));
                // One in ten has no facet value at all.
                if (random.nextInt(10) > 0) {
                    doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(1995 + random.nextInt(32))));
                    for (int c = random.nextInt(4); c > 0; c--) {
                        doc.add(new SortedSetDocValuesFacetField(
                                "country", "group-" + random.nextInt(3), "state-" + random.nextInt(60)));
                    }
                }
                writer.addDocument(config.build(doc));
                if (n % 700 == 699) {
                    writer.commit();
                }
            }
            writer.deleteDocuments(new Term("id", "42"));
            writer.commit();
            SegmentFacetValues.Cache cache = new SegmentFacetValues.Cache();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                for (LeafReaderContext segment : reader.leaves()) {
                    SegmentFacetValues inMemory = cache.of(segment.reader(), FIELD);
                    SortedSetDocValues values = DocValues.getSortedSet(segment.reader(), FIELD);
                    int ordinals = Math.toIntExact(values.getValueCount());
                    for (int doc = 0; doc < segment.reader().maxDoc(); doc++) {
                        int[] expected = new int[ordinals];
                        if (values.advanceExact(doc)) {
                            for (int i = values.docValueCount(); i > 0; i--) {
                                expected[(int) values.nextOrd()]++;
                            }
                        }
                        int[] counted = new int[ordinals];
                        inMemory.count(doc, counted);
                        assertThat(counted)
                                .as("document %d of segment %d", doc, segment.ord)
                                .isEqualTo(expected);
                    }
                }
                assertThat(cache.size()).isEqualTo(reader.leaves().size());
            }
            assertThat(cache.size()).as("segments of a closed reader").isZero();
        }
    }

    @Test
    void aSegmentWithoutFacetValuesCountsNothing() throws IOException {
        try (Directory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", "1", Field.Store.NO));
            writer.addDocument(doc);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                int[] counts = new int[0];
                new SegmentFacetValues.Cache()
                        .of(reader.leaves().get(0).reader(), FIELD)
                        .count(0, counts);
                assertThat(counts).isEmpty();
            }
        }
    }

    @Test
    void holdsMoreValuesThanTwoBytesNumber() throws IOException {
        FacetsConfig config = new FacetsConfig();
        int distinct = Character.MAX_VALUE + 100;
        try (Directory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int n = 0; n < distinct; n++) {
                Document doc = new Document();
                doc.add(new SortedSetDocValuesFacetField("place", "place-" + n));
                writer.addDocument(config.build(doc));
            }
            writer.forceMerge(1);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                var segment = reader.leaves().get(0).reader();
                SortedSetDocValues values = DocValues.getSortedSet(segment, FIELD);
                // The document whose value has the highest number.
                int doc = -1;
                int ordinal = -1;
                for (int d = 0; d < segment.maxDoc(); d++) {
                    values.advanceExact(d);
                    int own = (int) values.nextOrd();
                    if (own > ordinal) {
                        doc = d;
                        ordinal = own;
                    }
                }
                assertThat(ordinal).isGreaterThan(Character.MAX_VALUE);
                int[] counts = new int[Math.toIntExact(values.getValueCount())];
                new SegmentFacetValues.Cache().of(segment, FIELD).count(doc, counts);
                assertThat(counts[ordinal]).isEqualTo(1);
                assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(1);
            }
        }
    }
}
