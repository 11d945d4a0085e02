package org.dateline.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.DatedId;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;

/**
 * Builds a synthetic archive index on disk (a vocabulary shaped like the OSCE's, skewed term frequencies,
 * 1995-2026 dates, bodies of 150-600 words) and prints the latency of a mix of searches with facets, one
 * thread: p50, p99 and throughput, overall and by kind. Run by {@code bench/search.sh}; not a test.
 */
public final class SearchBenchmark {

    private static final Instant PUBLISHED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] WORDS = ("security co-operation mission election observation border police reform"
                    + " human rights democratic institutions media freedom journalists minorities education migration"
                    + " labour trafficking victims gender equality women youth water energy environment climate"
                    + " governance corruption money laundering terrorism extremism radicalization cyber confidence"
                    + " arms control small weapons ammunition demining conflict prevention mediation dialogue"
                    + " ceasefire monitoring reconciliation tolerance discrimination hate crime roma sinti rule law"
                    + " judges prosecutors trial legislation parliament ministers council chairperson secretary"
                    + " general office programme project workshop training seminar conference meeting report"
                    + " recommendations assessment support cooperation regional national local municipal civil"
                    + " society organizations experts officials representatives delegation visit statement today"
                    + " announced launched concluded welcomed expressed concern called urged stressed agreed")
            .split(" ");

    private final Random random;
    private final int items;
    private final TermLookup terms;
    private final Map<Vocabulary, List<Term>> leaves = new HashMap<>();
    private TreeMap<LocalDate, List<Integer>> byDay;

    private SearchBenchmark(int items, long seed) {
        this.items = items;
        this.random = new Random(seed);
        this.terms = syntheticVocabulary();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            List<Term> all = terms.terms(vocabulary);
            Set<Long> parents = all.stream()
                    .map(Term::parentId)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            leaves.put(
                    vocabulary,
                    all.stream().filter(t -> !parents.contains(t.id())).toList());
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path kept = args.length > 2 ? Path.of(args[2]) : null;
        new SearchBenchmark(items, 42).run(queries, kept);
    }

    private void run(int queryCount, Path kept) throws IOException, InterruptedException {
        Path dir = kept != null ? Files.createDirectories(kept) : Files.createTempDirectory("dateline-search-bench-");
        Generated source = new Generated();
        long opening = System.nanoTime();
        SearchIndex index = new SearchIndex(IndexDirectories.onDisk(dir), source, terms, false);
        double opened = (System.nanoTime() - opening) / 1e9;
        if (index.count() == items) {
            System.out.printf(
                    "Reusing the index of %,d items in %s; index %.0f MB, opened in %.2f s%n",
                    items, dir, size(dir) / 1e6, opened);
        } else {
            build(index, dir);
        }
        measure(index, queryCount);
        index.destroy();
        if (kept == null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    private void build(SearchIndex index, Path dir) throws IOException {
        long start = System.nanoTime();
        index.rebuild((done, total) -> {
            if (done > 0 && done % 20_000 == 0) {
                System.out.printf("  indexed %,d of %,d%n", done, total);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "Indexed %,d items in %.1f s (%.0f items/s); index %.0f MB%n",
                items, seconds, items / seconds, size(dir) / 1e6);
    }

    /**
     * Every timed search is a different one (counts kept from an earlier search would otherwise answer it): one
     * thread for latency, then two threads for throughput, as the raw-Lucene figures were measured.
     */
    private void measure(SearchIndex index, int queryCount) throws InterruptedException {
        Random queries = new Random(7);
        for (SearchQuery warmUp : mix(new Random(8), 300, new ArrayList<>())) {
            index.search(warmUp);
        }
        List<String> kinds = new ArrayList<>();
        List<SearchQuery> mix = mix(queries, queryCount, kinds);
        Map<String, List<Long>> byKind = new HashMap<>();
        List<Long> all = new ArrayList<>();
        long totalHits = 0;
        long began = System.nanoTime();
        for (int i = 0; i < mix.size(); i++) {
            long t0 = System.nanoTime();
            totalHits += index.search(mix.get(i)).total();
            long took = System.nanoTime() - t0;
            all.add(took);
            byKind.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(took);
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        System.out.printf(
                "%,d distinct searches (words, phrases, browse; 0-3 facet filters; 7 facets counted"
                        + " drill-sideways; snippets), one thread:%n",
                queryCount);
        report("all", all);
        new java.util.TreeMap<>(byKind).forEach(SearchBenchmark::report);
        System.out.printf(
                "  throughput %.0f searches/s; mean hits %,d%n", queryCount / elapsed, totalHits / queryCount);

        List<SearchQuery> parallel = mix(new Random(9), queryCount, new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < parallel.size(); i = next.getAndIncrement()) {
                index.search(parallel.get(i));
            }
        };
        Thread first = new Thread(worker);
        Thread second = new Thread(worker);
        long started = System.nanoTime();
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.printf(
                "  two threads: %,d other distinct searches at %.0f searches/s%n",
                parallel.size(), parallel.size() / ((System.nanoTime() - started) / 1e9));

        List<Long> suggest = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String prefix = WORDS[queries.nextInt(WORDS.length)];
            prefix = prefix.substring(0, Math.min(prefix.length(), 2 + queries.nextInt(3)));
            long t0 = System.nanoTime();
            index.suggest(prefix, 8);
            suggest.add(System.nanoTime() - t0);
        }
        report("suggest", suggest);
    }

    private List<SearchQuery> mix(Random r, int count, List<String> kinds) {
        List<SearchQuery> mix = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = i % 5 == 0 ? "browse" : i % 5 == 1 ? "phrase" : "words";
            SearchQuery query = SearchQuery.of(kind.equals("browse") ? "" : text(r, kind.equals("phrase")));
            int filters = kind.equals("browse") ? 1 + r.nextInt(3) : r.nextInt(4);
            for (int f = 0; f < filters; f++) {
                query = withRandomFilter(r, query);
            }
            mix.add(query);
            kinds.add(kind);
        }
        return mix;
    }

    private static void report(String kind, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "  %-8s n=%5d  p50 %6.2f ms  p99 %6.2f ms%n",
                kind, sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    private SearchQuery withRandomFilter(Random r, SearchQuery query) {
        Facet facet = Facet.values()[r.nextInt(Facet.values().length)];
        String value = switch (facet) {
            case TYPE -> ContentType.values()[r.nextInt(5)].code();
            case YEAR -> String.valueOf(1995 + r.nextInt(32));
            case LANGUAGE -> r.nextInt(4) == 0 ? "ru" : "en";
            default -> skewed(r, terms.terms(facet.vocabulary())).slug().value();
        };
        return query.withFilter(facet, Set.of(value));
    }

    private static String text(Random r, boolean phrase) {
        int words = 1 + r.nextInt(3);
        String text = IntStream.range(0, words)
                .mapToObj(i -> WORDS[(int) Math.min(WORDS.length - 1, Math.abs(r.nextGaussian()) * WORDS.length / 3)])
                .collect(Collectors.joining(" "));
        return phrase ? "\"" + text + "\"" : text;
    }

    /** Term i is chosen about twice as often as term 2i: a few fields of work and countries dominate. */
    private static <T> T skewed(Random r, List<T> values) {
        double u = r.nextDouble();
        int i = (int) Math.floor(Math.pow(values.size() + 1, u)) - 1;
        return values.get(Math.max(0, Math.min(values.size() - 1, i)));
    }

    private ContentItem item(int n) {
        Random r = new Random(n * 31L + 17);
        StringBuilder body = new StringBuilder("<p>");
        int words = 150 + r.nextInt(450);
        for (int w = 0; w < words; w++) {
            body.append(WORDS[skewedIndex(r)]).append(w % 18 == 17 ? ".</p><p>" : " ");
        }
        body.append("</p>");
        String title = IntStream.range(0, 6 + r.nextInt(6))
                .mapToObj(i -> WORDS[skewedIndex(r)])
                .collect(Collectors.joining(" "));
        List<Long> fields =
                List.of(skewed(r, leaves.get(Vocabulary.FIELD_OF_WORK)).id());
        List<Long> countries = r.nextInt(3) == 0
                ? List.of()
                : List.of(skewed(r, leaves.get(Vocabulary.COUNTRY)).id());
        return ContentFixtures.item()
                .id(new UUID(0, n + 1L))
                .slug(new Slug("item-" + n))
                .type(ContentType.values()[r.nextInt(5)])
                .language(r.nextInt(8) == 0 ? "ru" : "en")
                .title(title)
                .summary(title + " " + WORDS[r.nextInt(WORDS.length)])
                .body(body.toString())
                .date(date(n))
                .place(r.nextBoolean() ? "Vienna" : null)
                .source(skewed(r, leaves.get(Vocabulary.STRUCTURE)).id())
                .fieldsOfWork(fields)
                .countries(countries)
                .meetingType(
                        r.nextInt(5) == 0
                                ? skewed(r, leaves.get(Vocabulary.MEETING_TYPE)).id()
                                : null)
                .published(PUBLISHED_AT)
                .build();
    }

    // Drawn apart from the rest of the item, so that the rebuild can list the items by day without generating them.
    private static LocalDate date(int n) {
        return LocalDate.of(1995, 1, 1).plusDays(new Random(n * 31L + 19).nextInt(32 * 365));
    }

    private TreeMap<LocalDate, List<Integer>> byDay() {
        if (byDay == null) {
            byDay = IntStream.range(0, items)
                    .boxed()
                    .collect(Collectors.groupingBy(SearchBenchmark::date, TreeMap::new, Collectors.toList()));
        }
        return byDay;
    }

    private static int skewedIndex(Random r) {
        return (int) Math.min(WORDS.length - 1, Math.abs(r.nextGaussian()) * WORDS.length / 2.5);
    }

    /** The archive as the index reads it, generated item by item; ids are 1..N in order. */
    private final class Generated implements ItemSource {

        @Override
        public Optional<ContentItem> find(UUID id) {
            return Optional.of(item((int) id.getLeastSignificantBits() - 1));
        }

        @Override
        public NavigableMap<LocalDate, Long> countPublishedPerDay() {
            return byDay().entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> (long) e.getValue().size(), Long::sum, TreeMap::new));
        }

        @Override
        public List<DatedId> publishedDated(LocalDate oldest, LocalDate newest) {
            return byDay().subMap(oldest, true, newest, true).values().stream()
                    .flatMap(List::stream)
                    .map(n -> new DatedId(new UUID(0, n + 1L), date(n), null, PUBLISHED_AT))
                    .toList();
        }

        @Override
        public List<ContentItem> changedAfter(Instant at, UUID afterId, int limit) {
            return List.of();
        }

        @Override
        public Optional<Instant> lastChange() {
            return Optional.of(ContentFixtures.CREATED_AT);
        }

        @Override
        public long countPublished() {
            return items;
        }
    }

    /** Vocabularies of the OSCE's shape: 23 fields, 57 States and 11 partners, 7 structure groups, 16 meeting types. */
    private static TermLookup syntheticVocabulary() {
        List<Term> all = new ArrayList<>();
        long[] id = {1};
        java.util.function.BiFunction<Vocabulary, Object[], Term> add = (vocabulary, spec) -> {
            Term term = new Term(
                    id[0]++,
                    vocabulary,
                    new Slug((String) spec[0]),
                    (String) spec[0],
                    (String) spec[0],
                    (Long) spec[1],
                    List.of(),
                    null,
                    null,
                    null,
                    all.size(),
                    false);
            all.add(term);
            return term;
        };
        for (int i = 0; i < 23; i++) {
            add.apply(Vocabulary.FIELD_OF_WORK, new Object[] {"field-" + i, null});
        }
        for (int i = 0; i < 16; i++) {
            add.apply(Vocabulary.MEETING_TYPE, new Object[] {"meeting-" + i, null});
        }
        Term states = add.apply(Vocabulary.COUNTRY, new Object[] {"participating-states", null});
        for (int i = 0; i < 57; i++) {
            add.apply(Vocabulary.COUNTRY, new Object[] {"state-" + i, states.id()});
        }
        Term partners = add.apply(Vocabulary.COUNTRY, new Object[] {"partners", null});
        for (int i = 0; i < 11; i++) {
            add.apply(Vocabulary.COUNTRY, new Object[] {"partner-" + i, partners.id()});
        }
        int[] children = {12, 3, 12, 13, 1, 1, 1};
        for (int g = 0; g < children.length; g++) {
            Term group = add.apply(Vocabulary.STRUCTURE, new Object[] {"structure-group-" + g, null});
            for (int c = 0; c < children[g] && children[g] > 1; c++) {
                add.apply(Vocabulary.STRUCTURE, new Object[] {"structure-" + g + "-" + c, group.id()});
            }
        }
        Map<Long, Term> byId = all.stream().collect(Collectors.toMap(Term::id, t -> t));
        return new TermLookup() {
            @Override
            public Optional<Term> byId(long termId) {
                return Optional.ofNullable(byId.get(termId));
            }

            @Override
            public Optional<Term> find(Vocabulary vocabulary, Slug slug) {
                return all.stream()
                        .filter(t -> t.vocabulary() == vocabulary && t.slug().equals(slug))
                        .findFirst();
            }

            @Override
            public List<Term> ancestors(Term term) {
                return term.parentId() == null ? List.of() : List.of(byId.get(term.parentId()));
            }

            @Override
            public List<Term> terms(Vocabulary vocabulary) {
                return all.stream().filter(t -> t.vocabulary() == vocabulary).toList();
            }
        };
    }

    private static long size(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
