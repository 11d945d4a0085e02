package org.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.DatedId;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The Lucene index of the published items, derived from the database: one {@link IndexWriter} and one
 * near-real-time {@link SearcherManager}, upserts by item id, one shared {@link FacetsConfig} with facets
 * in sorted-set doc values (no taxonomy index, so a rebuild is one directory). Item changes announced by
 * {@link IndexUpdates} queue up for one indexer thread, which writes them in batches, makes them searchable
 * at least every second (at once when the queue runs dry) and commits at most every commit interval. Each
 * commit records the moment from which changes may be missing from it, which start-up replays from the
 * database; {@link #rebuild} builds a new generation aside and swaps it in while search stays online.
 */
@Service
public class SearchIndex implements DisposableBean, SmartInitializingSingleton {

    /** Told how far a rebuild has come: items indexed of the published items counted at its start. */
    @FunctionalInterface
    public interface RebuildProgress {
        void indexed(long done, long total);

        RebuildProgress NONE = (done, total) -> {};
    }

    /** What {@link #catchUp()} found and did. */
    enum CatchUp {
        UP_TO_DATE,
        CAUGHT_UP,
        REBUILT
    }

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String LAST_CHANGE = "dateline.last-change";
    private static final String REPLAY_FROM = "dateline.replay-from";
    private static final String LAYOUT = "dateline.layout";
    /**
     * How much earlier than the oldest change not yet written a commit says its changes may start: an item's
     * change time is read from the clock (to the second) a little before the change is announced.
     */
    static final Duration REPLAY_MARGIN = Duration.ofSeconds(10);

    private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);
    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofMillis(100);
    private static final int BATCH = 500;
    private static final int MAX_BACKLOG = 10 * BATCH;
    // A batch takes well under a second; a database that answers slowly may stretch it.
    private static final Duration LAST_BATCH_WAIT = Duration.ofMinutes(1);
    // Whole days read at once by a rebuild, up to this many items (a larger day alone).
    private static final int REBUILD_SPAN = 5_000;
    private static final int REBUILD_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    // Fewer, larger segments to merge: the default 16 MB flushes a rebuild every few thousand items.
    private static final double WRITER_BUFFER_MB = 64;
    private static final int SNIPPET_PASSAGES = 2;
    private static final int RELATED_KEPT = 10_000;
    private static final int COUNTED_KEPT = 5_000;
    /**
     * A search splits the index's segments into this many slices at most, searched at once: one costly search (a
     * few common words at 1,000,000 items) then uses every core of a server that is not busy with others. The
     * searching thread takes slices itself, so a busy server searches them one after another, as before.
     */
    private static final int SEARCH_SLICES = Runtime.getRuntime().availableProcessors();

    private final IndexDirectories directories;
    private final ItemSource items;
    private final TermLookup terms;
    private final boolean catchUpOnStart;
    private final Clock clock;
    private final Duration commitInterval;
    private final boolean searchWhileWriting;
    private final int minSliceDocs;
    private final Duration stopWait;
    private final PendingChanges pending = new PendingChanges();
    private final SegmentFacetValues.Cache segmentFacetValues = new SegmentFacetValues.Cache();
    private final ExecutorService sliceThreads = SEARCH_SLICES < 2
            ? null
            : Executors.newFixedThreadPool(SEARCH_SLICES - 1, runnable -> {
                Thread thread = new Thread(runnable, "search-slice");
                thread.setDaemon(true);
                return thread;
            });
    // One writer at a time: the indexer, a catch-up or a direct update load items and write them under it, so
    // that an older state of an item never overwrites a newer one.
    private final Object writing = new Object();
    private final Thread indexer;
    private volatile boolean closing;
    // Set when a stopping process gives up waiting for the indexer: it writes no further batch, so that the writer
    // it is using stays open until it is done with it.
    private volatile boolean abandoning;
    // While the indexer's writes fail (it retries every second), a batch writer does not wait for it.
    private volatile boolean writesFailing;
    private final ItemDocuments documents;
    private final FacetsConfig facetsConfig = ItemDocuments.facetsConfig();
    private final Analyzer analyzer = LanguageAnalyzers.perField();
    private final Analyzer folded = LanguageAnalyzers.folded();
    private final UserQueries queries = new UserQueries(analyzer);
    // Writers hold the read lock, the swap of a rebuilt generation the write lock.
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final Map<UUID, RelatedHits> related = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RelatedHits> eldest) {
            return size() > RELATED_KEPT;
        }
    });
    // Starts from the clock so that no version of an earlier run repeats after a restart.
    private final AtomicLong version = new AtomicLong(System.currentTimeMillis() * 1000);
    private final Object rebuildLock = new Object();
    private final Set<UUID> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    private volatile boolean rebuilding;
    private volatile boolean checkingAtStart;
    // Null until the index has opened: see current().
    private volatile Generation current;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();

    @Autowired
    SearchIndex(SearchProperties properties, ContentCatalog catalog, Taxonomy taxonomy, Clock clock)
            throws IOException {
        this(
                IndexDirectories.onDisk(properties.indexDir()),
                new CatalogItemSource(catalog),
                new TaxonomyTermLookup(taxonomy),
                properties.catchUpOnStart(),
                clock,
                properties.commitInterval(),
                properties.searchWhileWriting(),
                properties.minSliceDocs(),
                properties.stopWait());
    }

    SearchIndex(IndexDirectories directories, ItemSource items, TermLookup terms, boolean catchUpOnStart)
            throws IOException {
        this(
                directories,
                items,
                terms,
                catchUpOnStart,
                Clock.systemUTC(),
                Duration.ofSeconds(1),
                true,
                Integer.parseInt(SearchProperties.DEFAULT_MIN_SLICE_DOCS),
                Duration.ofMinutes(2));
    }

    SearchIndex(
            IndexDirectories directories,
            ItemSource items,
            TermLookup terms,
            boolean catchUpOnStart,
            Clock clock,
            Duration commitInterval,
            boolean searchWhileWriting,
            int minSliceDocs,
            Duration stopWait)
            throws IOException {
        this.directories = directories;
        this.items = items;
        this.terms = terms;
        this.catchUpOnStart = catchUpOnStart;
        this.clock = clock;
        this.commitInterval = commitInterval;
        this.searchWhileWriting = searchWhileWriting;
        this.minSliceDocs = minSliceDocs;
        this.stopWait = stopWait;
        this.documents = new ItemDocuments(terms);
        this.indexer = new Thread(this::indexChanges, "search-indexer");
        indexer.setDaemon(true);
        // Opening reads every segment's facet values into memory, a second at 1,000,000 items: the server's start
        // goes on meanwhile, on the other core, and waits for it before it takes requests (see
        // afterSingletonsInstantiated).
        Thread opener = new Thread(
                () -> {
                    try {
                        current = openCurrent();
                        indexer.start();
                        opened.complete(null);
                    } catch (IOException | RuntimeException e) {
                        opened.completeExceptionally(e);
                    }
                },
                "search-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** Waits for the index to open: a server whose index cannot be opened does not start. */
    @Override
    public void afterSingletonsInstantiated() {
        current();
    }

    /** The generation searches and changes go to, once the index has opened. */
    private Generation current() {
        Generation generation = current;
        if (generation != null) {
            return generation;
        }
        try {
            opened.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("Could not open the search index", io);
            }
            throw new IllegalStateException("Could not open the search index", e.getCause());
        }
        return current;
    }

    /** Searches the published items; see {@link SearchQuery} for what a query can ask. */
    public SearchResults search(SearchQuery query) {
        Query text = queries.parse(query.text());
        boolean byRelevance = text != null && query.order() == SearchQuery.Order.RELEVANCE;
        Sort sort = byRelevance ? ItemDocuments.BEST_FIRST : ItemDocuments.NEWEST_FIRST;
        FieldDoc after = query.cursor() == null ? null : Cursors.decode(query.cursor(), sort);
        int offset = after == null ? (query.page() - 1) * query.size() : 0;

        Query base = base(query, text);
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        Map<Facet, List<List<String>>> filters = filters(query, selected);

        return withSearcher(searcher -> {
            if (searcher.ordinals == null) {
                return new SearchResults(query, List.of(), 0, List.of(), null);
            }
            // One hit more than the page tells whether another page follows.
            int wanted = offset + query.size() + 1;
            List<Facet> filtered = List.copyOf(filters.keySet());
            // A selected facet shows what each of its values would give instead: the counts of the same search
            // without its own filter (drill-sideways), often the very search the reader came from.
            CountedKey key = countedKey(query, filters, null);
            FacetOrdinals.Counts matching = searcher.known(key);
            Map<Facet, FacetOrdinals.Counts> without = new EnumMap<>(Facet.class);
            for (Facet facet : filtered) {
                FacetOrdinals.Counts known = searcher.known(countedKey(query, filters, facet));
                if (known != null) {
                    without.put(facet, known);
                }
            }
            TopDocs top;
            if (text != null && (matching == null || without.size() < filtered.size())) {
                // Text is costly to match: it runs once, scored, and each match is sorted by the filters it misses
                // (drill-sideways), read from the facet values held in memory. At 1,000,000 items one pass beat
                // matching text twice, once for the page and once unscored for the counts (docs/benchmarks.md).
                FacetOrdinals.Sideways counted = searcher.ordinals.countSideways(
                        searcher, base, filters, new TopFieldCollectorManager(sort, wanted, after, Integer.MAX_VALUE));
                top = counted.top();
                matching = counted.matching();
                searcher.keep(key, matching);
                counted.without().forEach((facet, counts) -> {
                    without.put(facet, counts);
                    searcher.keep(countedKey(query, filters, facet), counts);
                });
            } else {
                // Only the page is searched for hits: top-k in the index's own order stops early, and BM25 skips
                // what cannot reach the top. Filters are intersections of postings, cheaper to search again, unscored,
                // than to test on every match.
                Query narrowed = filtered(base, filters, null);
                top = searcher.search(narrowed, new TopFieldCollectorManager(sort, wanted, after, wanted));
                if (matching == null) {
                    matching = searcher.ordinals.count(searcher, narrowed);
                    searcher.keep(key, matching);
                }
                for (Facet facet : filtered) {
                    if (!without.containsKey(facet)) {
                        FacetOrdinals.Counts counts = searcher.ordinals.count(searcher, filtered(base, filters, facet));
                        searcher.keep(countedKey(query, filters, facet), counts);
                        without.put(facet, counts);
                    }
                }
            }
            int[] matchingCounts = matching.perOrdinal();
            List<FacetCounts> facets = searcher.ordinals.facetCounts(
                    facet -> without.containsKey(facet) ? without.get(facet).perOrdinal() : matchingCounts, selected);
            ScoreDoc[] all = top.scoreDocs;
            int end = Math.min(all.length, offset + query.size());
            ScoreDoc[] shown = offset >= end ? new ScoreDoc[0] : Arrays.copyOfRange(all, offset, end);
            List<SearchHit> hits = hits(searcher, shown, text);
            String next =
                    shown.length > 0 && all.length > end ? Cursors.encode((FieldDoc) shown[shown.length - 1]) : null;
            return new SearchResults(query, hits, matching.total(), facets, next);
        });
    }

    /**
     * Refuses a filter on a value no item can have (the slug of no term, a year "abc", a type "podcast"), which would
     * otherwise match nothing or, left out, everything: either way not what the reader or program asked for. For
     * those that check a query before they start answering it; {@link #search} checks too.
     *
     * @throws InvalidSearch naming the value and its parameter
     */
    public void checkFilters(SearchQuery query) {
        filters(query, new EnumMap<>(Facet.class));
    }

    /** The paths of each filtered facet's selected values, any of which a match must have, each put in {@code selected}. */
    private Map<Facet, List<List<String>>> filters(SearchQuery query, Map<Facet, Set<String>> selected) {
        Map<Facet, List<List<String>>> filters = new EnumMap<>(Facet.class);
        query.filters().forEach((facet, values) -> {
            for (String value : values) {
                String[] path = documents.path(facet, value).orElseThrow(() -> unknownValue(facet, value));
                filters.computeIfAbsent(facet, f -> new ArrayList<>()).add(List.of(path));
                selected.computeIfAbsent(facet, f -> new HashSet<>()).add(value);
            }
        });
        return filters;
    }

    private static InvalidSearch unknownValue(Facet facet, String value) {
        String hint = switch (facet) {
            case TYPE ->
                "; the types are "
                        + Arrays.stream(ContentType.values())
                                .map(ContentType::code)
                                .collect(Collectors.joining(", "));
            case YEAR -> "; a year is a number such as 2006";
            default -> "";
        };
        return new InvalidSearch("No " + facet.param() + " is called " + value + hint, facet.param());
    }

    /** The base query narrowed by every facet filter but {@code except}. */
    private Query filtered(Query base, Map<Facet, List<List<String>>> filters, Facet except) {
        if (filters.isEmpty() || (filters.size() == 1 && filters.containsKey(except))) {
            return base;
        }
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(base, Occur.MUST);
        filters.forEach((facet, paths) -> {
            if (facet != except) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                paths.forEach(path -> any.add(withValue(facet, path.toArray(String[]::new)), Occur.SHOULD));
                narrowed.add(any.build(), Occur.FILTER);
            }
        });
        return narrowed.build();
    }

    /** What the counts of the query without the filter of {@code except} depend on. */
    private static CountedKey countedKey(SearchQuery query, Map<Facet, List<List<String>>> filters, Facet except) {
        Map<Facet, List<List<String>>> kept = new EnumMap<>(filters);
        if (except != null) {
            kept.remove(except);
        }
        return new CountedKey(query.text(), kept, query.scope(), query.from(), query.until());
    }

    /**
     * Titles of published items and names of vocabulary terms that complete what the reader is typing,
     * terms first: every word typed begins a word of the suggestion.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        List<String> words = tokens(typed);
        if (words.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            for (org.dateline.taxonomy.Term term : terms.terms(vocabulary)) {
                if (!term.retired() && suggestions.size() < Math.max(1, limit / 3) && startsWords(term.name(), words)) {
                    suggestions.add(new Suggestion(Suggestion.Kind.TERM, term.name(), term.path()));
                }
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(ItemDocuments.SUGGEST, words.get(i));
            query.add(i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.FILTER);
        }
        int wanted = limit - suggestions.size();
        withSearcher(searcher -> {
            TopDocs top = searcher.search(query.build(), wanted, ItemDocuments.NEWEST_FIRST);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc doc : top.scoreDocs) {
                SearchHit hit = ItemDocuments.hit(leaves, doc.doc, null);
                suggestions.add(new Suggestion(Suggestion.Kind.ITEM, hit.title(), hit.path()));
            }
            return null;
        });
        return suggestions;
    }

    /**
     * Published items on the item's subject, newest first: those sharing all its fields of work and countries, then
     * its first field of work and first country, its countries, its fields of work, its first field of work, and last
     * its source. Each is a filter in the index's own order, so it stops after
     * the first few matches whatever the archive's size (more-like-this scored thousands of documents for every
     * item page). Answers are kept until the index changes, for item pages ask the same again and again.
     */
    public List<SearchHit> related(ContentItem item, int limit) {
        long asOf = version.get();
        RelatedHits known = related.get(item.id());
        if (known != null && known.version() == asOf && known.limit() == limit) {
            return known.hits();
        }
        List<Map.Entry<Facet, Long>> fieldsOfWork = item.fieldOfWorkIds().stream()
                .map(id -> Map.entry(Facet.FIELD_OF_WORK, id))
                .toList();
        List<Map.Entry<Facet, Long>> countries = item.countryIds().stream()
                .map(id -> Map.entry(Facet.COUNTRY, id))
                .toList();
        Set<List<Map.Entry<Facet, Long>>> subjects = new LinkedHashSet<>();
        if (!fieldsOfWork.isEmpty() && !countries.isEmpty()) {
            subjects.add(
                    Stream.concat(fieldsOfWork.stream(), countries.stream()).toList());
            subjects.add(List.of(fieldsOfWork.get(0), countries.get(0)));
        }
        if (!countries.isEmpty()) {
            subjects.add(countries);
        }
        if (!fieldsOfWork.isEmpty()) {
            subjects.add(fieldsOfWork);
            subjects.add(List.of(fieldsOfWork.get(0)));
        }
        if (item.sourceId() != null) {
            subjects.add(List.of(Map.entry(Facet.SOURCE, item.sourceId())));
        }
        List<SearchHit> hits = limit < 1 || subjects.isEmpty()
                ? List.of()
                : withSearcher(searcher -> {
                    Map<Integer, ScoreDoc> found = new LinkedHashMap<>();
                    for (List<Map.Entry<Facet, Long>> subject : subjects) {
                        if (found.size() >= limit) {
                            break;
                        }
                        BooleanQuery.Builder sharing = new BooleanQuery.Builder()
                                .add(new MatchAllDocsQuery(), Occur.MUST)
                                .add(
                                        new TermQuery(new Term(
                                                ItemDocuments.ID, item.id().toString())),
                                        Occur.MUST_NOT);
                        for (Map.Entry<Facet, Long> value : subject) {
                            terms.byId(value.getValue())
                                    .ifPresent(term ->
                                            sharing.add(withValue(value.getKey(), documents.path(term)), Occur.FILTER));
                        }
                        int wanted = limit + found.size();
                        for (ScoreDoc doc : searcher.search(
                                        sharing.build(),
                                        new TopFieldCollectorManager(ItemDocuments.NEWEST_FIRST, wanted, null, wanted))
                                .scoreDocs) {
                            if (found.size() < limit) {
                                found.putIfAbsent(doc.doc, doc);
                            }
                        }
                    }
                    return hits(searcher, found.values().toArray(ScoreDoc[]::new), null);
                });
        related.put(item.id(), new RelatedHits(asOf, limit, hits));
        return hits;
    }

    /**
     * A number that changes whenever search starts answering from newer data (a refresh or a rebuild), for caches
     * and validators of what search shows. Versions of different runs never repeat.
     */
    public long version() {
        return version.get();
    }

    /**
     * Hands the ids of every published item the query matches to {@code action}, newest first (the query's order,
     * page, size and cursor do not count), {@code batchSize} at a time: memory stays constant however many match,
     * for exports of any search up to the whole archive. Each batch is read after the last one's sort values, so
     * items published meanwhile are neither repeated nor skipped before that point.
     */
    public void forEachMatch(SearchQuery query, int batchSize, Consumer<List<UUID>> action) {
        Query text = queries.parse(query.text());
        Query matching = filtered(base(query, text), filters(query, new EnumMap<>(Facet.class)), null);
        FieldDoc after = null;
        while (true) {
            FieldDoc from = after;
            Batch batch = withSearcher(searcher -> {
                if (searcher.getIndexReader().numDocs() == 0) {
                    return new Batch(List.of(), null);
                }
                TopDocs top = searcher.searchAfter(from, matching, batchSize, ItemDocuments.NEWEST_FIRST);
                List<UUID> ids = new ArrayList<>(top.scoreDocs.length);
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc doc : top.scoreDocs) {
                    ids.add(UUID.fromString(
                            stored.document(doc.doc, Set.of(ItemDocuments.ID)).get(ItemDocuments.ID)));
                }
                ScoreDoc last = top.scoreDocs.length == 0 ? null : top.scoreDocs[top.scoreDocs.length - 1];
                return new Batch(ids, (FieldDoc) last);
            });
            // The searcher is released before the batch is handed on: a slow reader holds no index files open.
            if (!batch.ids().isEmpty()) {
                action.accept(batch.ids());
            }
            if (batch.ids().size() < batchSize) {
                return;
            }
            after = batch.last();
        }
    }

    private record Batch(List<UUID> ids, FieldDoc last) {}

    /** Into how many slices a search of the index as it is now is split (see SEARCH_SLICES). */
    int slices() {
        return withSearcher(searcher -> searcher.getSlices().length);
    }

    /**
     * Waits while more than {@value #MAX_BACKLOG} saved changes wait for the indexer (a few seconds of its work).
     * A batch writer, such as an import, calls it between batches: writing to the database faster than the index
     * takes the items, it would otherwise end with minutes of indexing still queued, and the queue in memory. An
     * indexer whose writes fail holds nobody back: the items are safe in the database, and the next start catches up.
     */
    public void awaitBacklog() {
        awaitBacklog(MAX_BACKLOG);
    }

    void awaitBacklog(int changes) {
        try {
            while (indexer.isAlive() && !closing && !writesFailing) {
                if (pending.awaitQueuedAtMost(changes, 100)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many items the index holds (as of the last refresh). */
    public long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /**
     * Builds the index anew from the database beside the current one and swaps it in when complete; search
     * answers from the current index meanwhile, and changes made during the rebuild reach the new index
     * before the swap. One rebuild runs at a time.
     */
    public void rebuild(RebuildProgress progress) {
        synchronized (rebuildLock) {
            if (closing) {
                return;
            }
            current(); // the fresh generation's directory is the one after the current's
            changedDuringRebuild.clear();
            rebuilding = true;
            Generation fresh = null;
            try {
                fresh = open(directories.next());
                Optional<Instant> lastChange = items.lastChange();
                long total = items.countPublished();
                progress.indexed(0, total);
                long done = addAllPublished(fresh, total, progress);
                stopIfClosing();
                lastChange.ifPresent(fresh::advance);
                Generation previous;
                swap.writeLock().lock();
                try {
                    for (UUID id : changedDuringRebuild) {
                        apply(fresh, id, items.find(id));
                    }
                    fresh.commit(pending.oldest().orElseGet(clock::instant).minus(REPLAY_MARGIN));
                    fresh.searchers.maybeRefreshBlocking();
                    directories.promote(fresh.place);
                    previous = current();
                    current = fresh;
                    version.incrementAndGet();
                    rebuilding = false;
                } finally {
                    swap.writeLock().unlock();
                }
                previous.close();
                directories.discard(previous.place);
                log.info("Search index rebuilt: {} items", done);
            } catch (IOException e) {
                discardQuietly(fresh);
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                discardQuietly(fresh);
                throw e;
            } finally {
                rebuilding = false;
            }
        }
    }

    /**
     * Adds every published item to the fresh generation in the index's own order (newest first), so that Lucene
     * sorts neither a flushed segment nor a merge's documents, and a merge copies the stored text in blocks. The
     * archive is split into one part per thread, each a run of days with about the same number of items: the
     * newest part goes into the fresh generation's writer, every other into a writer of its own, and each is merged
     * into one segment as its thread ends (so the last merges run on every core at once), the others' then added to
     * the generation. The archive is read far more than it is written: few segments spare every search its
     * per-segment work (each term looked up once per segment, the top pages gathered from each, ordinals mapped
     * across them for facet counts); one per core lets one search of a large index use them all (SEARCH_SLICES), so
     * a small archive ends as one segment. Later changes add small segments, which merging keeps few.
     */
    private long addAllPublished(Generation fresh, long total, RebuildProgress progress) throws IOException {
        List<List<RebuildPlan.Span>> parts = RebuildPlan.of(
                items.countPublishedPerDay(), REBUILD_THREADS, REBUILD_SPAN, day -> inIndexOrder(day, day));
        List<IndexWriter> writers = new ArrayList<>();
        List<IndexDirectories.Place> places = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, parts.size()), runnable -> {
            Thread thread = new Thread(runnable, "search-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        AtomicLong done = new AtomicLong();
        fresh.writer.getConfig().setMergePolicy(inIndexOrder());
        try {
            writers.add(fresh.writer);
            for (int part = 1; part < parts.size(); part++) {
                IndexDirectories.Place place = directories.next();
                places.add(place);
                writers.add(new IndexWriter(
                        place.directory(),
                        writerConfig(inIndexOrder()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)));
            }
            List<Future<?>> running = new ArrayList<>();
            for (int part = 0; part < parts.size(); part++) {
                IndexWriter writer = writers.get(part);
                List<RebuildPlan.Span> spans = parts.get(part);
                boolean own = part > 0;
                running.add(threads.submit(() -> {
                    addInOrder(writer, spans, done, total, progress);
                    writer.forceMerge(1);
                    if (own) {
                        writer.close();
                    }
                    return null;
                }));
            }
            for (Future<?> part : running) {
                await(part);
            }
            stopIfClosing();
            fresh.writer.addIndexes(
                    places.stream().map(IndexDirectories.Place::directory).toArray(Directory[]::new));
            fresh.writer.forceMerge(done.get() > 2L * minSliceDocs ? SEARCH_SLICES : 1);
            return done.get();
        } finally {
            threads.shutdownNow();
            fresh.writer.getConfig().setMergePolicy(livePolicy());
            for (int part = 1; part < writers.size(); part++) {
                if (writers.get(part).isOpen()) {
                    writers.get(part).rollback();
                }
            }
            for (IndexDirectories.Place place : places) {
                directories.discard(place);
            }
        }
    }

    private void addInOrder(
            IndexWriter writer, List<RebuildPlan.Span> spans, AtomicLong done, long total, RebuildProgress progress)
            throws IOException {
        for (RebuildPlan.Span span : spans) {
            List<UUID> ids = span.ids() != null ? span.ids() : inIndexOrder(span.oldest(), span.newest());
            for (int from = 0; from < ids.size(); from += BATCH) {
                stopIfClosing();
                List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                Map<UUID, ContentItem> loaded = new HashMap<>();
                items.findAll(batch).forEach(item -> loaded.put(item.id(), item));
                for (UUID id : batch) {
                    ContentItem item = loaded.get(id);
                    // Changed since it was listed: the rebuild writes it again from changedDuringRebuild.
                    if (item != null && item.isPublished()) {
                        writer.addDocument(facetsConfig.build(documents.document(item)));
                        long count = done.incrementAndGet();
                        synchronized (progress) {
                            progress.indexed(count, Math.max(total, count));
                        }
                    }
                }
            }
        }
    }

    /** The ids of the published items of the days, in the index's order. */
    private List<UUID> inIndexOrder(LocalDate oldest, LocalDate newest) {
        return items.publishedDated(oldest, newest).stream()
                .sorted(ItemDocuments.NEWEST_FIRST_ORDER)
                .map(DatedId::id)
                .toList();
    }

    /** Stops a rebuild mid-way when the index closes: the fresh generation is discarded, the next start catches up. */
    private void stopIfClosing() {
        if (closing) {
            throw new IllegalStateException("The search index is closing; its rebuild stopped");
        }
    }

    private static void await(Future<?> batch) throws IOException {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Brings the index in line with the database item at once (indexed when published, removed otherwise),
     * searchable and committed on return.
     */
    void update(UUID id) {
        write(List.of(id));
        refreshAndCommit();
    }

    /**
     * Tells the index that the item is changing in the current transaction (or changed, outside of one): from
     * now on until it is written, commits of the index count it as possibly missing.
     */
    PendingChanges.Announced announce(UUID id) {
        return pending.announce(id, clock.instant());
    }

    /** The announced change was committed: the indexer writes it soon. */
    void committed(PendingChanges.Announced change) {
        pending.committed(change);
    }

    /** The announced change was rolled back. */
    void rolledBack(PendingChanges.Announced change) {
        pending.rolledBack(change);
    }

    /** The indexer's loop: writes queued changes in batches, refreshes the searchers, commits now and then. */
    private void indexChanges() {
        long lastRefresh = System.nanoTime() - REFRESH_INTERVAL.toNanos();
        long lastCommit = System.nanoTime();
        while (!abandoning) {
            boolean stopping = closing;
            List<Map.Entry<UUID, Instant>> batch;
            try {
                // Written but not yet searchable: look again soon rather than wait for the next change.
                batch = pending.take(BATCH, stopping ? 0 : current().unsearchable && searchWhileWriting ? 20 : 200);
            } catch (InterruptedException e) {
                return;
            }
            if (!batch.isEmpty()) {
                try {
                    write(batch.stream().map(Map.Entry::getKey).toList());
                    pending.written(batch);
                    writesFailing = false;
                } catch (RuntimeException e) {
                    pending.putBack(batch);
                    writesFailing = true;
                    if (closing) {
                        log.warn("Search index: {} changes left for the next start to catch up", batch.size(), e);
                        return;
                    }
                    log.warn("Search index: could not write {} changes, trying again", batch.size(), e);
                    sleepQuietly(1000);
                    continue;
                }
            }
            long now = System.nanoTime();
            boolean dry = pending.isQueueEmpty();
            try {
                long sinceRefresh = now - lastRefresh;
                // At once after a lone change; during a stream of changes a few times a second at most.
                if (searchWhileWriting
                        && current().unsearchable
                        && (dry && sinceRefresh >= MIN_REFRESH_INTERVAL.toNanos()
                                || sinceRefresh >= REFRESH_INTERVAL.toNanos())) {
                    refresh();
                    lastRefresh = now;
                }
                if (current().dirty && (stopping || now - lastCommit >= commitInterval.toNanos())) {
                    commit();
                    lastCommit = now;
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Search index: could not refresh or commit", e);
                if (closing) {
                    return;
                }
                sleepQuietly(1000);
            }
            if (stopping && dry) {
                return;
            }
        }
    }

    /** Loads the items and writes them to the current generation, all under the writing lock. */
    private void write(List<UUID> ids) {
        synchronized (writing) {
            Map<UUID, ContentItem> loaded = new HashMap<>();
            items.findAll(ids).forEach(item -> loaded.put(item.id(), item));
            swap.readLock().lock();
            try {
                Generation generation = current();
                for (UUID id : ids) {
                    apply(generation, id, Optional.ofNullable(loaded.get(id)));
                }
                if (rebuilding) {
                    changedDuringRebuild.addAll(ids);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                swap.readLock().unlock();
            }
        }
    }

    private void refreshAndCommit() {
        try {
            refresh();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refresh() throws IOException {
        swap.readLock().lock();
        try {
            // Cleared first: a change written while the searchers refresh marks the index again.
            Generation generation = current();
            generation.unsearchable = false;
            generation.searchers.maybeRefreshBlocking();
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Commits the current generation with the moment from which changes may be missing: the oldest change
     * announced and not yet written (or now), less the margin. Read before the commit, so that whatever is
     * written meanwhile is in the commit anyway.
     */
    private void commit() throws IOException {
        synchronized (writing) {
            Instant replayFrom = pending.oldest().orElseGet(clock::instant).minus(REPLAY_MARGIN);
            swap.readLock().lock();
            try {
                current().commit(replayFrom);
            } finally {
                swap.readLock().unlock();
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a stop has given up waiting for the indexer to write what is queued (for tests). */
    boolean stopGaveUpWaiting() {
        return abandoning;
    }

    /** Abandons the index writer's uncommitted changes, as a crash would (for tests). */
    void crash() throws IOException {
        closing = true;
        indexer.interrupt();
        synchronized (writing) {
            swap.writeLock().lock();
            try {
                Generation generation = current();
                generation.searchers.close();
                generation.writer.rollback();
                generation.place.directory().close();
            } finally {
                swap.writeLock().unlock();
            }
        }
    }

    /**
     * Compares the index with the database: an empty index of a non-empty archive, or one that holds a
     * different number of items after replaying the changes made since its last recorded change, is rebuilt;
     * changes made since are replayed.
     *
     * <p>Only changes made before the check began are replayed: every later change was announced to the indexer,
     * which writes it anyway. An import started with the server kept the check chasing its newest items, indexing
     * each a second time. While items change, the counts cannot be compared (the indexer is behind by what it has
     * queued), so that comparison waits for the next start rather than rebuild an index that is only busy.
     */
    CatchUp catchUp() {
        Instant began = clock.instant().plus(REPLAY_MARGIN);
        long published = items.countPublished();
        Generation generation = current();
        Instant indexed = generation.replayFrom != null ? generation.replayFrom : generation.lastChange;
        long inIndex = count();
        if (published == 0 && inIndex == 0) {
            return CatchUp.UP_TO_DATE;
        }
        if (indexed == null || inIndex == 0) {
            rebuild(RebuildProgress.NONE);
            return CatchUp.REBUILT;
        }
        boolean replayed = false;
        boolean changedSince = false;
        Optional<Instant> lastChange = items.lastChange();
        if (lastChange.isPresent() && lastChange.get().isAfter(indexed)) {
            // Changes at the very moment count too: times are kept to the second.
            Instant at = indexed.minusNanos(1);
            UUID afterId = null;
            List<ContentItem> batch = items.changedAfter(at, null, BATCH);
            while (!batch.isEmpty()) {
                // Oldest first: the changes made before the check are the batch's first.
                List<ContentItem> before = batch.stream()
                        .filter(item -> !item.updatedAt().isAfter(began))
                        .toList();
                if (!before.isEmpty()) {
                    write(before.stream().map(ContentItem::id).toList());
                    ContentItem last = before.get(before.size() - 1);
                    at = last.updatedAt();
                    afterId = last.id();
                }
                if (before.size() < batch.size()) {
                    changedSince = true;
                    break;
                }
                batch = items.changedAfter(at, afterId, BATCH);
            }
            refreshAndCommit();
            replayed = true;
        }
        if (changedSince || pending.oldest().isPresent()) {
            log.info("Search index: items changed during its check against the database; counts compared next start");
            return replayed ? CatchUp.CAUGHT_UP : CatchUp.UP_TO_DATE;
        }
        if (count() != items.countPublished()) {
            rebuild(RebuildProgress.NONE);
            return CatchUp.REBUILT;
        }
        return replayed ? CatchUp.CAUGHT_UP : CatchUp.UP_TO_DATE;
    }

    /**
     * Warms the index up and checks it against the database, beside the requests the server already takes: the
     * warm-up (a third of a second) was the last step before a server said it was ready.
     */
    @EventListener(ApplicationReadyEvent.class)
    void catchUpOnStart() {
        checkingAtStart = true;
        Thread thread = new Thread(
                () -> {
                    try {
                        warmUpAndCatchUp();
                    } finally {
                        checkingAtStart = false;
                    }
                },
                "search-catch-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void warmUpAndCatchUp() {
        try {
            warmUp();
        } catch (RuntimeException e) {
            if (!closing) {
                log.warn("The search index's warm-up failed; the first searches will be slower", e);
            }
        }
        if (!catchUpOnStart) {
            return;
        }
        try {
            CatchUp outcome = catchUp();
            log.info("Search index checked against the database at start-up: {}", outcome);
        } catch (RuntimeException e) {
            if (!closing) {
                log.error("The search index could not catch up with the database", e);
            }
        }
    }

    /**
     * Whether search shows every change announced so far and nothing is under way that would change what it
     * shows (the start-up check, a rebuild); refreshes the searchers when they are behind, so that
     * {@link #version()} holds until the next change. For tests, whose validators must not move under them.
     */
    boolean caughtUp() {
        if (checkingAtStart || rebuilding || pending.oldest().isPresent()) {
            return false;
        }
        try {
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** Writes and commits the changes still queued, then closes the index. */
    @Override
    public void destroy() throws IOException {
        closing = true;
        if (sliceThreads != null) {
            sliceThreads.shutdown(); // a search after this takes all its slices itself
        }
        try {
            current();
        } catch (RuntimeException e) {
            return; // it never opened: nothing to write or close
        }
        pending.wakeUp();
        try {
            indexer.join(stopWait.toMillis());
            if (indexer.isAlive()) {
                abandoning = true;
                indexer.join(LAST_BATCH_WAIT.toMillis()); // to the end of the batch it is writing
                log.warn(
                        "Search index: {} changes not written after {} ms, left for the next start to catch up",
                        pending.queuedCount(),
                        stopWait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A rebuild running in the background stops at its next batch and deletes what it wrote: nothing writes to
        // the index directory once this returns.
        synchronized (rebuildLock) {
            if (current().dirty && current().writer.isOpen()) {
                commit();
            }
        }
        swap.writeLock().lock();
        try {
            current().close();
        } finally {
            swap.writeLock().unlock();
        }
    }

    /**
     * Runs the code paths of a search and of indexing once, so that the first reader and the first
     * publication after start-up do not wait for classes to load.
     */
    private void warmUp() {
        search(SearchQuery.of("warm up").withFilter(Facet.TYPE, Set.of("news")));
        search(SearchQuery.of(""));
        ContentItem sample = new ContentItem(
                new UUID(0, 0),
                new org.dateline.shared.Slug("warm-up"),
                org.dateline.content.ContentType.NEWS,
                "en",
                null,
                "Warm up",
                null,
                "<p>Warm up</p>",
                null,
                java.time.LocalDate.of(2000, 1, 1),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                org.dateline.content.ItemStatus.PUBLISHED,
                null,
                null,
                null,
                null,
                null);
        try {
            facetsConfig.build(documents.document(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void apply(Generation generation, UUID id, Optional<ContentItem> item) throws IOException {
        Term idTerm = new Term(ItemDocuments.ID, id.toString());
        if (item.isPresent() && item.get().isPublished()) {
            generation.writer.updateDocument(idTerm, facetsConfig.build(documents.document(item.get())));
        } else {
            generation.writer.deleteDocuments(idTerm);
        }
        item.map(ContentItem::updatedAt).ifPresent(generation::advance);
        generation.dirty = true;
        generation.unsearchable = true;
    }

    private Query base(SearchQuery query, Query text) {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (query.from() != null || query.until() != null) {
            base.add(
                    LongPoint.newRangeQuery(
                            ItemDocuments.DATE,
                            query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay(),
                            query.until() == null
                                    ? Long.MAX_VALUE
                                    : query.until().toEpochDay()),
                    Occur.FILTER);
        }
        query.scope().forEach((facet, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int known = 0;
            for (String value : values) {
                Optional<String[]> path = documents.path(facet, value);
                if (path.isPresent()) {
                    any.add(withValue(facet, path.get()), Occur.SHOULD);
                    known++;
                }
            }
            base.add(known == 0 ? new MatchNoDocsQuery() : any.build(), Occur.FILTER);
        });
        return base.build();
    }

    /** The documents with the facet value (or a value below it, for a hierarchy). */
    private Query withValue(Facet facet, String[] path) {
        String field = facetsConfig.getDimConfig(facet.param()).indexFieldName;
        return new TermQuery(DrillDownQuery.term(field, facet.param(), path));
    }

    private List<SearchHit> hits(FacetedSearcher searcher, ScoreDoc[] docs, Query text) throws IOException {
        String[] snippets = new String[docs.length];
        if (text != null && docs.length > 0) {
            DistinctPassages formatter = new DistinctPassages(
                    new DefaultPassageFormatter("<mark>", "</mark>", " … ", true), SNIPPET_PASSAGES);
            UnifiedHighlighter highlighter = new ItemDocuments.BodyHighlighter(UnifiedHighlighter.builder(
                            searcher, analyzer)
                    .withFormatter(formatter)
                    .withMaxNoHighlightPassages(0)
                    // Sentences cut at full stops: the JDK's sentence iterator took a quarter of a search's time.
                    .withBreakIterator(() -> new CustomSeparatorBreakIterator('.')));
            String[] fields = ItemDocuments.indexedFields(ItemDocuments.TEXT).toArray(String[]::new);
            int[] passages = new int[fields.length];
            Arrays.fill(passages, formatter.asked());
            int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
            Map<String, String[]> highlighted = highlighter.highlightFields(fields, text, ids, passages);
            for (String[] perDoc : highlighted.values()) {
                for (int i = 0; i < perDoc.length; i++) {
                    if (snippets[i] == null && perDoc[i] != null && !perDoc[i].isBlank()) {
                        snippets[i] = perDoc[i];
                    }
                }
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            hits.add(ItemDocuments.hit(leaves, docs[i].doc, snippets[i]));
        }
        return hits;
    }

    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank() || text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            return tokens;
        }
        try (TokenStream stream = folded.tokenStream(ItemDocuments.SUGGEST, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < 10) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private boolean startsWords(String name, List<String> typed) {
        List<String> words = tokens(name);
        return typed.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        Generation generation;
        FacetedSearcher searcher;
        swap.readLock().lock();
        try {
            generation = current();
            searcher = (FacetedSearcher) generation.searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
        try {
            return work.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                generation.searchers.release(searcher);
            } catch (IOException e) {
                log.warn("Could not release a searcher", e);
            }
        }
    }

    private record RelatedHits(long version, int limit, List<SearchHit> hits) {}

    /**
     * What facet counts and totals depend on: everything of a query but its order and paging; filters as the
     * paths they became, so that values unknown to the index make no difference.
     */
    private record CountedKey(
            String text,
            Map<Facet, List<List<String>>> filters,
            Map<Facet, Set<String>> scope,
            LocalDate from,
            LocalDate until) {}

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(FacetedSearcher searcher) throws IOException;
    }

    /**
     * The current generation; a new, empty one when the current was written by an earlier version in another layout
     * or order (Lucene cannot change an index's order), which catching up at start-up then rebuilds from the
     * database.
     */
    private Generation openCurrent() throws IOException {
        IndexDirectories.Place place = directories.current();
        try {
            return open(place);
        } catch (IllegalArgumentException e) {
            log.warn(
                    "The search index was written by an earlier version ({}); a new one is built from the database"
                            + " in the background",
                    e.getMessage());
            directories.discard(place);
            IndexDirectories.Place fresh = directories.next();
            directories.promote(fresh);
            return open(fresh);
        }
    }

    private IndexWriterConfig writerConfig(MergePolicy mergePolicy) {
        return new IndexWriterConfig(analyzer)
                .setCodec(CardsFormat.CODEC)
                .setIndexSort(ItemDocuments.NEWEST_FIRST)
                .setRAMBufferSizeMB(WRITER_BUFFER_MB)
                // No compound files: a segment packed into one would be mapped whole, stored text included, which
                // HybridDirectory reads rather than maps; flushing also skips copying each segment into its pack.
                .setUseCompoundFile(false)
                .setMergePolicy(mergePolicy);
    }

    /** Merges of segments of any age, by size: what changes to a built index need. */
    private static MergePolicy livePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    /**
     * Merges of neighbouring segments only: segments written in the index's order then merge without sorting their
     * documents, the stored text copied in blocks.
     */
    private static MergePolicy inIndexOrder() {
        LogByteSizeMergePolicy policy = new LogByteSizeMergePolicy();
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    private Generation open(IndexDirectories.Place place) throws IOException {
        IndexWriterConfig config = writerConfig(livePolicy()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        IndexWriter writer = new IndexWriter(place.directory(), config);
        Map<String, String> commitData = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> commitData.put(e.getKey(), e.getValue()));
        }
        if (writer.getDocStats().maxDoc > 0 && !ItemDocuments.LAYOUT.equals(commitData.get(LAYOUT))) {
            writer.close();
            throw new IllegalArgumentException("written in layout " + commitData.getOrDefault(LAYOUT, "1")
                    + ", this version writes layout " + ItemDocuments.LAYOUT);
        }
        SearcherManager searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader, segmentFacetValues, sliceThreads, minSliceDocs);
            }
        });
        searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {}

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                    version.incrementAndGet();
                }
            }
        });
        Instant lastChange = commitData.containsKey(LAST_CHANGE) ? Instant.parse(commitData.get(LAST_CHANGE)) : null;
        Instant replayFrom = commitData.containsKey(REPLAY_FROM) ? Instant.parse(commitData.get(REPLAY_FROM)) : null;
        return new Generation(place, writer, searchers, lastChange, replayFrom);
    }

    private void discardQuietly(Generation generation) {
        if (generation == null) {
            return;
        }
        try {
            generation.close();
            directories.discard(generation.place);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not discard the unfinished index {}", generation.place.name(), e);
        }
    }

    /**
     * A searcher with the facet values of its reader, built once per refresh, and the counts of recent searches:
     * counting visits every match, and counts stay true as long as the reader, so they go with it.
     */
    static final class FacetedSearcher extends IndexSearcher {

        final FacetOrdinals ordinals;
        private final int minSliceDocs;
        private final Map<CountedKey, FacetOrdinals.Counts> counted =
                Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<CountedKey, FacetOrdinals.Counts> eldest) {
                        return size() > COUNTED_KEPT;
                    }
                });

        FacetedSearcher(
                IndexReader reader,
                SegmentFacetValues.Cache segmentFacetValues,
                Executor sliceThreads,
                int minSliceDocs)
                throws IOException {
            super(reader, sliceThreads);
            this.minSliceDocs = minSliceDocs;
            this.ordinals = reader.numDocs() == 0 ? null : FacetOrdinals.of(reader, segmentFacetValues);
        }

        /**
         * Slices of half a core's share of the index: each segment of a rebuilt index (one per core, of about a
         * core's share) is then a slice of its own, and small segments gather into slices of that size. An index
         * of fewer than twice minSliceDocs is one slice. (Lucene asks for the slices after the constructor.)
         */
        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            long docs =
                    leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
            int perSlice = (int) Math.max(minSliceDocs, docs / (2L * SEARCH_SLICES));
            return slices(leaves, perSlice, Integer.MAX_VALUE);
        }

        FacetOrdinals.Counts known(CountedKey key) {
            return counted.get(key);
        }

        void keep(CountedKey key, FacetOrdinals.Counts counts) {
            counted.put(key, counts);
        }
    }

    /** One directory of the index with its writer and searchers, and the latest item change it holds. */
    private static final class Generation {

        final IndexDirectories.Place place;
        final IndexWriter writer;
        final SearcherManager searchers;
        volatile Instant lastChange;
        // As read from the last commit: changes from this moment on may be missing from it.
        final Instant replayFrom;
        // Written since the last commit.
        volatile boolean dirty;
        // Written since the searchers last refreshed: a commit does not make changes searchable, a refresh does.
        volatile boolean unsearchable;

        Generation(
                IndexDirectories.Place place,
                IndexWriter writer,
                SearcherManager searchers,
                Instant lastChange,
                Instant replayFrom) {
            this.place = place;
            this.writer = writer;
            this.searchers = searchers;
            this.lastChange = lastChange;
            this.replayFrom = replayFrom;
        }

        synchronized void advance(Instant change) {
            if (lastChange == null || change.isAfter(lastChange)) {
                lastChange = change;
            }
        }

        synchronized void commit(Instant replayFrom) throws IOException {
            Map<String, String> data = new HashMap<>();
            data.put(REPLAY_FROM, replayFrom.toString());
            data.put(LAYOUT, ItemDocuments.LAYOUT);
            if (lastChange != null) {
                data.put(LAST_CHANGE, lastChange.toString());
            }
            dirty = false;
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }

        void close() throws IOException {
            if (!writer.isOpen()) {
                return;
            }
            searchers.close();
            // Lucene commits what is left on close, with the last commit's data: an earlier moment to replay from.
            writer.close();
            place.directory().close();
        }
    }
}
