package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.content.ContentItem;
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
}
