package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridDirectoryTests {

    @TempDir
    Path path;

    @Test
    void readsStoredTextAndCardsWithPositionedReadsAndMapsTheRest() throws IOException {
        try (HybridDirectory directory = new HybridDirectory(path)) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setUseCompoundFile(false)
                    .setCodec(CardsFormat.CODEC);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < 100; i++) {
                    Document document = new Document();
                    document.add(new TextField("body", "Election observation mission number " + i, Field.Store.YES));
                    document.add(new StoredField("id", i));
                    document.add(new SortedDocValuesField("type", new BytesRef(i % 2 == 0 ? "news" : "report")));
                    document.add(new BinaryDocValuesField(ItemDocuments.CARD, new BytesRef("card " + i)));
                    writer.addDocument(document);
                }
            }

            List<String> files = Arrays.stream(directory.listAll())
                    .filter(name -> IndexFileNames.getExtension(name) != null)
                    .toList();
            assertThat(files).extracting(IndexFileNames::getExtension).contains("fdt", "pos", "doc", "tim", "dvd");
            // The cards' doc values in a file of their own, the other doc values in another.
            assertThat(files.stream().filter(name -> name.endsWith(".dvd")))
                    .hasSize(2)
                    .anyMatch(CardsFormat::holdsCards);
            assertThat(files.stream().filter(HybridDirectory::readThrough))
                    .anyMatch(name -> name.endsWith(".fdt"))
                    .anyMatch(name -> name.endsWith(".dvd"))
                    .noneMatch(name -> name.endsWith(".pos") || name.endsWith(".doc") || name.endsWith(".tim"));
            assertThat(files.stream().filter(name -> name.endsWith(".dvd") && !HybridDirectory.readThrough(name)))
                    .hasSize(1);
            for (String name : files) {
                try (IndexInput input = directory.openInput(name, IOContext.READONCE)) {
                    String kind = input.getClass().getName();
                    if (HybridDirectory.readThrough(name)) {
                        assertThat(kind).as(name).contains("NIOFS");
                    } else {
                        assertThat(kind).as(name).containsAnyOf("ByteBufferIndexInput", "MemorySegmentIndexInput");
                    }
                }
            }

            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs hits = searcher.search(new PhraseQuery("body", "number", "42"), 10);
                assertThat(hits.scoreDocs).hasSize(1);
                assertThat(searcher.storedFields()
                                .document(hits.scoreDocs[0].doc)
                                .get("body"))
                        .isEqualTo("Election observation mission number 42");
                assertThat(searcher.count(new TermQuery(new Term("body", "mission"))))
                        .isEqualTo(100);
                BinaryDocValues cards =
                        DocValues.getBinary(reader.leaves().get(0).reader(), ItemDocuments.CARD);
                assertThat(cards.advanceExact(hits.scoreDocs[0].doc)).isTrue();
                assertThat(cards.binaryValue().utf8ToString()).isEqualTo("card 42");
            }
        }
    }
}
