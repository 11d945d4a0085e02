package org.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Each document's facet values in one segment, as segment ordinals held in two arrays: counting and filtering read a
 * match's values straight from memory instead of decoding doc values. A segment's values never change, so its arrays
 * are built once, when a searcher first holds the segment, and dropped with it. Two bytes a value (four beyond
 * 65,536 values) and four a document: about 35 MB at 1,000,000 items.
 */
final class SegmentFacetValues {

    private final int[] starts;
    private final char[] ordinals;
    // Only when the segment has more values than two bytes number; then ordinals is null.
    private final int[] wideOrdinals;

    private SegmentFacetValues(int[] starts, char[] ordinals, int[] wideOrdinals) {
        this.starts = starts;
        this.ordinals = ordinals;
        this.wideOrdinals = wideOrdinals;
    }

    /** Adds one to the count of each value of the document. */
    void count(int doc, int[] counts) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[ordinal(i)]++;
        }
    }

    /** The union of the bits {@code bitsByOrdinal} gives the document's values. */
    int bits(int doc, int[] bitsByOrdinal) {
        int bits = 0;
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            bits |= bitsByOrdinal[ordinal(i)];
        }
        return bits;
    }

    private int ordinal(int i) {
        return ordinals != null ? ordinals[i] : wideOrdinals[i];
    }

    /** The arrays of each segment, built once and kept while some reader holds the segment. */
    static final class Cache {

        private final Map<IndexReader.CacheKey, SegmentFacetValues> bySegment = new ConcurrentHashMap<>();

        SegmentFacetValues of(LeafReader segment, String field) {
            IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
            if (helper == null) {
                return read(segment, field);
            }
            SegmentFacetValues known = bySegment.get(helper.getKey());
            if (known != null) {
                return known;
            }
            SegmentFacetValues read = read(segment, field);
            if (bySegment.putIfAbsent(helper.getKey(), read) == null) {
                helper.addClosedListener(bySegment::remove);
            }
            return read;
        }

        int size() {
            return bySegment.size();
        }

        private static SegmentFacetValues read(LeafReader segment, String field) {
            try {
                SortedSetDocValues values = DocValues.getSortedSet(segment, field);
                boolean wide = values.getValueCount() > Character.MAX_VALUE + 1L;
                int maxDoc = segment.maxDoc();
                int[] starts = new int[maxDoc + 1];
                int[] read = new int[Math.max(16, maxDoc * 8)];
                int next = 0;
                for (int doc = 0; doc < maxDoc; doc++) {
                    starts[doc] = next;
                    if (values.advanceExact(doc)) {
                        int count = values.docValueCount();
                        if (next + count > read.length) {
                            read = Arrays.copyOf(read, Math.max(next + count, read.length * 3 / 2));
                        }
                        for (int i = 0; i < count; i++) {
                            read[next++] = (int) values.nextOrd();
                        }
                    }
                }
                starts[maxDoc] = next;
                if (wide) {
                    return new SegmentFacetValues(starts, null, Arrays.copyOf(read, next));
                }
                char[] narrow = new char[next];
                for (int i = 0; i < next; i++) {
                    narrow[i] = (char) read[i];
                }
                return new SegmentFacetValues(starts, narrow, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
