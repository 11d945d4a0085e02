package org.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
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
    private final SegmentFacetValues.Cache segmentValues;
    private final Map<Facet, List<Node>> roots = new EnumMap<>(Facet.class);

    private FacetOrdinals(IndexReader reader, SortedSetDocValues values, SegmentFacetValues.Cache segmentValues)
            throws IOException {
        this.segmentValues = segmentValues;
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
        // Built here, while the searcher is being opened, not by the first search to need them.
        for (LeafReaderContext segment : reader.leaves()) {
            segmentValues.of(segment.reader(), FIELD);
        }
    }

    /** The facet values of the reader; null when no document has any. */
    static FacetOrdinals of(IndexReader reader, SegmentFacetValues.Cache segmentValues) throws IOException {
        SortedSetDocValues values = MultiDocValues.getSortedSetValues(reader, FIELD);
        return values == null || values.getValueCount() == 0 ? null : new FacetOrdinals(reader, values, segmentValues);
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

    /** What one pass over a search's matches gives: its top hits, and its counts with and without each filter. */
    record Sideways(TopFieldDocs top, Counts matching, Map<Facet, Counts> without) {}

    /**
     * Runs {@code base} once and sorts each match by the facet filters it misses (any one value of a facet's
     * selected values meets its filter), read from the segments' arrays: a match missing none is a hit, counted and
     * offered to {@code top}; a match missing only one facet's filter is counted for that facet alone, whose values
     * then show the counts of the search without its own filter (drill-sideways). Every match is visited, so
     * {@code top} must not stop early.
     */
    Sideways countSideways(
            IndexSearcher searcher,
            Query base,
            Map<Facet, List<List<String>>> filters,
            CollectorManager<TopFieldCollector, TopFieldDocs> top)
            throws IOException {
        List<Facet> filtered = List.copyOf(filters.keySet());
        Filters tested = new Filters(filtered.stream()
                .map(facet -> filters.get(facet).stream()
                        .map(path ->
                                new BytesRef(FacetsConfig.pathToString(facet.param(), path.toArray(String[]::new))))
                        .toList())
                .toList());
        return searcher.search(new NearMatches(base, tested), new CollectorManager<SidewaysCounter, Sideways>() {
            @Override
            public SidewaysCounter newCollector() throws IOException {
                return new SidewaysCounter(tested, top.newCollector());
            }

            @Override
            public Sideways reduce(Collection<SidewaysCounter> counters) throws IOException {
                int[] matching = new int[size];
                long matchingTotal = 0;
                int[][] nearMisses = new int[filtered.size()][size];
                long[] nearMissTotals = new long[filtered.size()];
                List<TopFieldCollector> tops = new ArrayList<>();
                for (SidewaysCounter counter : counters) {
                    tops.add(counter.top);
                    matchingTotal += counter.matchingTotal;
                    add(counter.matching, matching);
                    for (int f = 0; f < filtered.size(); f++) {
                        nearMissTotals[f] += counter.nearMissTotals[f];
                        add(counter.nearMisses[f], nearMisses[f]);
                    }
                }
                Map<Facet, Counts> without = new EnumMap<>(Facet.class);
                for (int f = 0; f < filtered.size(); f++) {
                    // Without a facet's filter: the hits, and the matches that missed that filter alone.
                    add(matching, nearMisses[f]);
                    without.put(filtered.get(f), new Counts(matchingTotal + nearMissTotals[f], nearMisses[f]));
                }
                return new Sideways(top.reduce(tops), new Counts(matchingTotal, matching), without);
            }
        });
    }

    private static void add(int[] counts, int[] into) {
        for (int i = 0; i < counts.length; i++) {
            into[i] += counts[i];
        }
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

    /** Sorts matches by the filters they miss, counting in segment numbers, then adds them up in the reader's. */
    private final class SidewaysCounter implements Collector {

        final Filters filters;
        final TopFieldCollector top;
        final int[] matching = new int[size];
        long matchingTotal;
        final int[][] nearMisses;
        final long[] nearMissTotals;

        SidewaysCounter(Filters filters, TopFieldCollector top) {
            this.filters = filters;
            this.top = top;
            this.nearMisses = new int[filters.count()][size];
            this.nearMissTotals = new long[filters.count()];
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int[] meets = filters.meets(context);
            int segmentSize = meets.length;
            int[] segmentMatching = new int[segmentSize];
            int[][] segmentNearMisses = new int[filters.count()][segmentSize];
            long[] segmentNearMissTotals = new long[filters.count()];
            SegmentFacetValues inMemory = segmentValues.of(context.reader(), FIELD);
            LeafCollector topLeaf = top.getLeafCollector(context);
            LongValues toGlobal =
                    segmentsToGlobal == null ? LongValues.IDENTITY : segmentsToGlobal.getGlobalOrds(context.ord);
            return new LeafCollector() {
                long segmentMatchingTotal;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    topLeaf.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int missed = filters.missed(inMemory, doc, meets);
                    if (missed == 0) {
                        segmentMatchingTotal++;
                        inMemory.count(doc, segmentMatching);
                        topLeaf.collect(doc);
                    } else if ((missed & (missed - 1)) == 0) {
                        int f = Integer.numberOfTrailingZeros(missed);
                        segmentNearMissTotals[f]++;
                        inMemory.count(doc, segmentNearMisses[f]);
                    }
                }

                @Override
                public void finish() throws IOException {
                    topLeaf.finish();
                    matchingTotal += segmentMatchingTotal;
                    toReader(segmentMatching, matching);
                    for (int f = 0; f < filters.count(); f++) {
                        nearMissTotals[f] += segmentNearMissTotals[f];
                        toReader(segmentNearMisses[f], nearMisses[f]);
                    }
                }

                private void toReader(int[] segmentCounts, int[] counts) {
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
            return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * The facet filters of one search, each the labels of its selected values, any of which meets it; which filters
     * each value of a segment meets is looked up once per segment, for the query and the counter alike.
     */
    private static final class Filters {

        private final List<List<BytesRef>> labels;
        private final int all;
        private final Map<Integer, int[]> meetsBySegment = new ConcurrentHashMap<>();

        Filters(List<List<BytesRef>> labels) {
            this.labels = labels;
            this.all = (1 << labels.size()) - 1;
        }

        int count() {
            return labels.size();
        }

        /** For each value of the segment, the bits of the filters it meets: bit f for the f-th filter. */
        int[] meets(LeafReaderContext segment) {
            return meetsBySegment.computeIfAbsent(segment.ord, ord -> {
                try {
                    SortedSetDocValues values = DocValues.getSortedSet(segment.reader(), FIELD);
                    int[] meets = new int[Math.toIntExact(values.getValueCount())];
                    for (int f = 0; f < labels.size(); f++) {
                        for (BytesRef label : labels.get(f)) {
                            long ordinal = values.lookupTerm(label);
                            if (ordinal >= 0) {
                                meets[(int) ordinal] |= 1 << f;
                            }
                        }
                    }
                    return meets;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** The bits of the filters the document misses. */
        int missed(SegmentFacetValues values, int doc, int[] meets) {
            return all & ~values.bits(doc, meets);
        }
    }

    /**
     * The base query's matches that miss at most one facet filter. Where the base query has a costly check of its
     * own (a phrase's positions), the filters are tested first, from memory, so matches missing two or more filters
     * never pay for it: phrase searches with filters took a quarter longer without this.
     */
    private final class NearMatches extends Query {

        private final Query base;
        private final Filters filters;

        NearMatches(Query base, Filters filters) {
            this.base = base;
            this.filters = filters;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query rewritten = base.rewrite(searcher);
            return rewritten == base ? this : new NearMatches(rewritten, filters);
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            Weight inner = searcher.createWeight(base, scoreMode, boost);
            return new Weight(this) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    Scorer scorer = inner.scorer(context);
                    TwoPhaseIterator costly = scorer == null ? null : scorer.twoPhaseIterator();
                    if (costly == null || filters.count() < 2) {
                        return scorer;
                    }
                    int[] meets = filters.meets(context);
                    SegmentFacetValues inMemory = segmentValues.of(context.reader(), FIELD);
                    DocIdSetIterator approximation = costly.approximation();
                    TwoPhaseIterator nearEnough = new TwoPhaseIterator(approximation) {
                        @Override
                        public boolean matches() throws IOException {
                            int missed = filters.missed(inMemory, approximation.docID(), meets);
                            return (missed & (missed - 1)) == 0 && costly.matches();
                        }

                        @Override
                        public float matchCost() {
                            return costly.matchCost();
                        }
                    };
                    DocIdSetIterator iterator = TwoPhaseIterator.asDocIdSetIterator(nearEnough);
                    return new Scorer(this) {
                        @Override
                        public int docID() {
                            return iterator.docID();
                        }

                        @Override
                        public DocIdSetIterator iterator() {
                            return iterator;
                        }

                        @Override
                        public TwoPhaseIterator twoPhaseIterator() {
                            return nearEnough;
                        }

                        @Override
                        public int advanceShallow(int target) throws IOException {
                            return scorer.advanceShallow(target);
                        }

                        @Override
                        public float getMaxScore(int upTo) throws IOException {
                            return scorer.getMaxScore(upTo);
                        }

                        @Override
                        public float score() throws IOException {
                            return scorer.score();
                        }
                    };
                }

                @Override
                public boolean isCacheable(LeafReaderContext context) {
                    return false;
                }

                @Override
                public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                    return inner.explain(context, doc);
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            base.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
        }

        @Override
        public String toString(String field) {
            return "near(" + base.toString(field) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
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
            SegmentFacetValues inMemory = segmentValues.of(context.reader(), FIELD);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    total++;
                    inMemory.count(doc, segmentCounts);
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
