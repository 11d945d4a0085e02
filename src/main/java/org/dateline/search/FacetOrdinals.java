package org.dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of one index reader, numbered across its segments, and how to count them. A count is one array
 * over these numbers, so the counts of a search can be kept and reused: a selected facet shows the counts of the same
 * search without its own filter (drill-sideways), often a search counted before.
 * Every value of a hierarchy is indexed with its ancestors, so a parent's count is the number of items under it.
 */
final class FacetOrdinals {

    private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    // Facet lists show four levels of a hierarchy.
    private static final int DEPTH_SHOWN = 4;

    /** One facet value: its number, its label and the values below it. */
    private record Node(int ordinal, String label, List<Node> children) {}

    /** How many items a search matched, and for each facet value (by number) how many of them have it. */
    record Counts(long total, int[] perOrdinal) {}

    private final OrdinalMap segmentsToGlobal;
    private final int size;
    private final Map<Facet, List<Node>> roots = new EnumMap<>(Facet.class);

    private FacetOrdinals(SortedSetDocValues values) throws IOException {
        this.segmentsToGlobal = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        this.size = Math.toIntExact(values.getValueCount());
        Map<List<String>, Node> byPath = new HashMap<>();
        // Ordinals follow the labels' order, so a parent ("country/partners") comes before its children.
        for (int ordinal = 0; ordinal < size; ordinal++) {
            String label = values.lookupOrd(ordinal).utf8ToString();
            List<String> path = List.of(FacetsConfig.stringToPath(label));
            if (path.size() < 2) {
                continue;
            }
            Node node = new Node(ordinal, path.get(path.size() - 1), new ArrayList<>());
            byPath.put(path, node);
            Node parent = byPath.get(path.subList(0, path.size() - 1));
            if (parent != null) {
                parent.children().add(node);
            } else if (path.size() == 2) {
                Facet.fromParam(path.get(0))
                        .ifPresent(facet -> roots.computeIfAbsent(facet, f -> new ArrayList<>())
                                .add(node));
            }
        }
    }

    /** The facet values of the reader; null when no document has any. */
    static FacetOrdinals of(IndexReader reader) throws IOException {
        SortedSetDocValues values = MultiDocValues.getSortedSetValues(reader, FIELD);
        return values == null || values.getValueCount() == 0 ? null : new FacetOrdinals(values);
    }

    /** Counts the facet values of every document the query matches, without scoring them. */
    Counts count(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<Counter, Counts>() {
            @Override
            public Counter newCollector() {
                return new Counter();
            }

            @Override
            public Counts reduce(Collection<Counter> counters) {
                int[] counts = new int[size];
                long total = 0;
                for (Counter counter : counters) {
                    total += counter.total;
                    for (int i = 0; i < size; i++) {
                        counts[i] += counter.counts[i];
                    }
                }
                return new Counts(total, counts);
            }
        });
    }

    /** Counts the facet values of the documents a search collected. */
    Counts count(FacetsCollector collected) throws IOException {
        Counter counter = new Counter();
        for (FacetsCollector.MatchingDocs matching : collected.getMatchingDocs()) {
            DocIdSetIterator docs = matching.bits.iterator();
            if (docs == null) {
                continue;
            }
            LeafCollector leaf = counter.getLeafCollector(matching.context);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                leaf.collect(doc);
            }
            leaf.finish();
        }
        return new Counts(counter.total, counter.counts);
    }

    /**
     * The facet lists shown beside results: each facet's values with a count, most frequent first (years newest
     * first), taken from {@code countsOf} the facet.
     */
    List<FacetCounts> facetCounts(
            java.util.function.Function<Facet, int[]> countsOf, Map<Facet, Set<String>> selected) {
        List<FacetCounts> lists = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<Node> values = roots.get(facet);
            if (values == null) {
                continue;
            }
            List<FacetCounts.Value> counted =
                    values(facet, values, countsOf.apply(facet), selected.getOrDefault(facet, Set.of()), 1);
            if (!counted.isEmpty()) {
                lists.add(new FacetCounts(facet, counted));
            }
        }
        return lists;
    }

    private static List<FacetCounts.Value> values(
            Facet facet, List<Node> nodes, int[] counts, Set<String> selected, int level) {
        List<FacetCounts.Value> values = new ArrayList<>();
        for (Node node : nodes) {
            int count = counts[node.ordinal()];
            if (count == 0) {
                continue;
            }
            List<FacetCounts.Value> children =
                    level < DEPTH_SHOWN ? values(facet, node.children(), counts, selected, level + 1) : List.of();
            values.add(new FacetCounts.Value(node.label(), count, selected.contains(node.label()), children));
        }
        Comparator<FacetCounts.Value> order = facet == Facet.YEAR
                ? Comparator.comparing((FacetCounts.Value v) -> Integer.parseInt(v.value()))
                        .reversed()
                : Comparator.comparingLong(FacetCounts.Value::count).reversed().thenComparing(FacetCounts.Value::value);
        values.sort(order);
        return values;
    }

    /** Counts in segment numbers while a segment is searched, then adds them up in the reader's. */
    private final class Counter implements Collector {

        final int[] counts = new int[size];
        long total;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), FIELD);
            LongValues toGlobal =
                    segmentsToGlobal == null ? LongValues.IDENTITY : segmentsToGlobal.getGlobalOrds(context.ord);
            int[] segmentCounts = new int[Math.toIntExact(values.getValueCount())];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) {
                            segmentCounts[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() {
                    for (int ordinal = 0; ordinal < segmentCounts.length; ordinal++) {
                        if (segmentCounts[ordinal] != 0) {
                            counts[(int) toGlobal.get(ordinal)] += segmentCounts[ordinal];
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
