package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class EvenForcedMergesTests {

    private static final int[] SEGMENT_SIZES = {400, 300, 250, 200, 150, 100};

    @Test
    void forcesSegmentsOfAboutTheSameSize() throws IOException {
        try (Directory directory = segments(SEGMENT_SIZES)) {
            try (IndexWriter writer = new IndexWriter(directory, config())) {
                writer.forceMerge(2);
            }
            assertThat(segmentSizes(directory)).containsExactly(700, 700);
        }
    }

    @Test
    void forcesOneSegmentAsLuceneDoes() throws IOException {
        try (Directory directory = segments(SEGMENT_SIZES)) {
            try (IndexWriter writer = new IndexWriter(directory, config())) {
                writer.forceMerge(1);
            }
            assertThat(segmentSizes(directory)).containsExactly(1400);
        }
    }

    @Test
    void leavesAsFewSegmentsAsAskedAlone() throws IOException {
        try (Directory directory = segments(300, 200)) {
            try (IndexWriter writer = new IndexWriter(directory, config())) {
                writer.forceMerge(2);
            }
            assertThat(segmentSizes(directory)).containsExactlyInAnyOrder(300, 200);
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(new EvenForcedMerges(new TieredMergePolicy()));
    }

    private static Directory segments(int... sizes) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(
                directory, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            int id = 0;
            for (int size : sizes) {
                for (int i = 0; i < size; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", String.valueOf(id++), StringField.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
        }
        assertThat(segmentSizes(directory)).hasSize(sizes.length);
        return directory;
    }

    private static int[] segmentSizes(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().stream()
                    .mapToInt((LeafReaderContext leaf) -> leaf.reader().maxDoc())
                    .toArray();
        }
    }
}
