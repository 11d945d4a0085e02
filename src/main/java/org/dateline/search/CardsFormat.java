package org.dateline.search;

import java.io.IOException;
import org.apache.lucene.codecs.DocValuesConsumer;
import org.apache.lucene.codecs.DocValuesFormat;
import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.codecs.lucene90.Lucene90DocValuesFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * The cards' doc values ({@link ItemDocuments#CARD}) in files of their own, written by Lucene's own doc values format
 * under another name, so that {@link HybridDirectory} can read them rather than map them: they are most of the doc
 * values (titles and summaries), of which a page reads only its hits' cards, while the rest (facet values, dates) is
 * read often and stays mapped. Lucene finds the format by its name through
 * {@code META-INF/services} when it opens a segment.
 */
public final class CardsFormat extends DocValuesFormat {

    static final String NAME = "DatelineCards";

    /** Lucene's codec with the cards in this format. */
    static final Lucene912Codec CODEC = new Lucene912Codec() {
        private final DocValuesFormat cards = new CardsFormat();

        @Override
        public DocValuesFormat getDocValuesFormatForField(String field) {
            return ItemDocuments.CARD.equals(field) ? cards : super.getDocValuesFormatForField(field);
        }
    };

    private final DocValuesFormat format = new Lucene90DocValuesFormat();

    /** For Lucene's service loader. */
    public CardsFormat() {
        super(NAME);
    }

    @Override
    public DocValuesConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
        return format.fieldsConsumer(state);
    }

    @Override
    public DocValuesProducer fieldsProducer(SegmentReadState state) throws IOException {
        return format.fieldsProducer(state);
    }

    /** Whether the index file holds cards: its name carries the format's, as {@code _8_DatelineCards_0.dvd}. */
    static boolean holdsCards(String fileName) {
        return fileName.contains("_" + NAME + "_");
    }
}
