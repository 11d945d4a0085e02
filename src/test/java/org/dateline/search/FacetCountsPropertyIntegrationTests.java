package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentType;
import org.dateline.content.ItemQuery;
import org.dateline.content.Workflow;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * For random archives and random facet selections, every count the index gives equals the count the
 * database gives for the same filters: the hits, and each facet value's count with that facet's own
 * selection replaced by the value (drill-sideways), vocabulary values including their descendants; for searches
 * without text and with a word or a phrase (which count in one pass, sorting each match by the filters it misses).
 */
@SpringBootTest
class FacetCountsPropertyIntegrationTests {

    private static final long SEED = 20261128L;
    private static final int ITEMS = 80;
    private static final int SELECTIONS = 40;
    private static final List<String> LANGUAGES = List.of("en", "ru", "fr");
    private static final List<Integer> YEARS = List.of(2001, 2002, 2003, 2004);
    private static final String MARKER = "marmalade";
    // A phrase is matched in two steps, its positions last: filters are tested before them.
    private static final String MARKED_PHRASE = "\"marmalade pot\"";
    private static final ContentType MARKED_TYPE = ContentType.PRESS_RELEASE;

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    SearchIndex index;

    @Test
    void facetCountsEqualDatabaseCountsForRandomSelections() {
        Random random = new Random(SEED);
        Map<Facet, List<String>> pool = pool();
        List<Map<Facet, Set<String>>> selections = new ArrayList<>();
        for (int n = 0; n < SELECTIONS; n++) {
            Map<Facet, Set<String>> selection = randomSelection(random, pool);
            // Every other search has text: the word only this test's press releases have in their titles, so the
            // database counts it as a type filter.
            if (withText(n)) {
                selection.remove(Facet.TYPE);
            }
            selections.add(selection);
        }
        // Other tests of the same application publish press releases too, without the word: what the database
        // counts of them before this test publishes is taken off its counts for text.
        Map<Map<Facet, Set<String>>, Long> unmarked = new HashMap<>();
        for (int n = 1; n < SELECTIONS; n += 2) {
            unmarked.computeIfAbsent(marked(selections.get(n)), this::databaseCount);
            for (Map<Facet, Set<String>> sideways :
                    sideways(selections.get(n), pool).values()) {
                unmarked.computeIfAbsent(marked(sideways), this::databaseCount);
            }
        }
        publishRandomItems(random);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> index.search(SearchQuery.of("")).total() == catalog.countPublished());

        for (int n = 0; n < SELECTIONS; n++) {
            Map<Facet, Set<String>> selection = selections.get(n);
            boolean withText = withText(n);
            SearchQuery query = new SearchQuery(
                    withText ? (n % 4 == 1 ? MARKER : MARKED_PHRASE) : "",
                    selection,
                    Map.of(),
                    null,
                    null,
                    withText ? SearchQuery.Order.RELEVANCE : SearchQuery.Order.DATE,
                    1,
                    SearchQuery.DEFAULT_SIZE,
                    null);
            SearchResults results = index.search(query);

            assertThat(results.total())
                    .as("hits for %s %s", query.text(), selection)
                    .isEqualTo(
                            withText
                                    ? databaseCount(marked(selection)) - unmarked.get(marked(selection))
                                    : databaseCount(selection));
            sideways(selection, pool).forEach((facetAndValue, sideways) -> {
                Facet facet = facetAndValue.facet();
                String value = facetAndValue.value();
                long counted = results.facet(facet)
                        .find(value)
                        .map(FacetCounts.Value::count)
                        .orElse(0L);
                long expected;
                if (!withText) {
                    expected = databaseCount(sideways);
                } else if (facet == Facet.TYPE && !value.equals(MARKED_TYPE.code())) {
                    expected = 0;
                } else {
                    expected = databaseCount(marked(sideways)) - unmarked.get(marked(sideways));
                }
                assertThat(counted)
                        .as("%s=%s under %s %s", facet.param(), value, query.text(), selection)
                        .isEqualTo(expected);
            });
        }
    }

    private static boolean withText(int selection) {
        return selection % 2 == 1;
    }

    private record FacetValue(Facet facet, String value) {}

    /** For each value of the pool, the selection with that value instead of its facet's own selection. */
    private static Map<FacetValue, Map<Facet, Set<String>>> sideways(
            Map<Facet, Set<String>> selection, Map<Facet, List<String>> pool) {
        Map<FacetValue, Map<Facet, Set<String>>> all = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            for (String value : pool.get(facet)) {
                Map<Facet, Set<String>> sideways = new EnumMap<>(Facet.class);
                sideways.putAll(selection);
                sideways.put(facet, Set.of(value));
                all.put(new FacetValue(facet, value), sideways);
            }
        }
        return all;
    }

    /** The selection narrowed to the type whose items have the word searched for. */
    private static Map<Facet, Set<String>> marked(Map<Facet, Set<String>> selection) {
        Map<Facet, Set<String>> marked = new EnumMap<>(Facet.class);
        marked.putAll(selection);
        marked.put(Facet.TYPE, Set.of(MARKED_TYPE.code()));
        return marked;
    }

    private long databaseCount(Map<Facet, Set<String>> selection) {
        ItemQuery query = ItemQuery.all(1, 1);
        for (var entry : selection.entrySet()) {
            Facet facet = entry.getKey();
            Set<String> values = entry.getValue();
            switch (facet) {
                case TYPE ->
                    query = query.withTypes(values.stream()
                            .map(code -> ContentType.fromCode(code).orElseThrow())
                            .collect(Collectors.toSet()));
                case LANGUAGE -> query = query.withLanguages(values);
                case YEAR ->
                    query = query.withYears(
                            values.stream().map(Integer::valueOf).collect(Collectors.toSet()));
                default -> {
                    Set<Long> ids = new HashSet<>();
                    for (String slug : values) {
                        Term term = taxonomy.find(facet.vocabulary(), new Slug(slug))
                                .orElseThrow();
                        ids.addAll(taxonomy.selfAndDescendantIds(term.id()));
                    }
                    query = query.withTermGroup(ids);
                }
            }
        }
        return catalog.countPublished(query);
    }

    /** The values items are given: a few terms of each vocabulary, some under a shared parent. */
    private Map<Facet, List<String>> pool() {
        Map<Facet, List<String>> pool = new EnumMap<>(Facet.class);
        pool.put(Facet.TYPE, List.of("press-release", "news", "statement", "event"));
        pool.put(Facet.LANGUAGE, LANGUAGES);
        pool.put(Facet.YEAR, YEARS.stream().map(String::valueOf).toList());
        pool.put(
                Facet.FIELD_OF_WORK,
                slugs(taxonomy.roots(Vocabulary.FIELD_OF_WORK).subList(0, 4)));
        pool.put(
                Facet.MEETING_TYPE,
                slugs(taxonomy.roots(Vocabulary.MEETING_TYPE).subList(0, 3)));
        List<String> countries = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Term root : taxonomy.roots(Vocabulary.COUNTRY).subList(0, 2)) {
            countries.add(root.slug().value());
            countries.addAll(slugs(taxonomy.children(root.id()).subList(0, 3)));
        }
        for (Term root : taxonomy.roots(Vocabulary.STRUCTURE)) {
            List<Term> children = taxonomy.children(root.id());
            if (!children.isEmpty() && sources.size() < 8) {
                sources.add(root.slug().value());
                sources.addAll(slugs(children.subList(0, Math.min(3, children.size()))));
            }
        }
        pool.put(Facet.COUNTRY, countries);
        pool.put(Facet.SOURCE, sources);
        return pool;
    }

    private void publishRandomItems(Random random) {
        Map<Facet, List<String>> pool = pool();
        for (int i = 0; i < ITEMS; i++) {
            List<Long> fields = randomTerms(random, Vocabulary.FIELD_OF_WORK, pool.get(Facet.FIELD_OF_WORK), 3);
            List<Long> countries = randomTerms(random, Vocabulary.COUNTRY, leaves(pool.get(Facet.COUNTRY)), 3);
            List<Long> sources = randomTerms(random, Vocabulary.STRUCTURE, leaves(pool.get(Facet.SOURCE)), 1);
            List<Long> meetings = randomTerms(random, Vocabulary.MEETING_TYPE, pool.get(Facet.MEETING_TYPE), 1);
            ContentType type = ContentType.values()[random.nextInt(4)];
            workflow.save(ContentFixtures.item()
                    .title("Random item " + i + (type == MARKED_TYPE ? " marmalade pot" : ""))
                    .type(type)
                    .language(LANGUAGES.get(random.nextInt(LANGUAGES.size())))
                    .date(LocalDate.of(YEARS.get(random.nextInt(YEARS.size())), 1 + random.nextInt(12), 1))
                    .fieldsOfWork(fields)
                    .countries(countries)
                    .source(sources.isEmpty() ? null : sources.get(0))
                    .meetingType(meetings.isEmpty() ? null : meetings.get(0))
                    .published(Instant.parse("2026-01-01T00:00:00Z"))
                    .build());
        }
    }

    private List<String> leaves(List<String> slugs) {
        return slugs.stream()
                .filter(slug -> taxonomy.roots(Vocabulary.COUNTRY).stream()
                                .noneMatch(r -> r.slug().value().equals(slug))
                        && taxonomy.roots(Vocabulary.STRUCTURE).stream()
                                .noneMatch(r -> r.slug().value().equals(slug)))
                .toList();
    }

    private List<Long> randomTerms(Random random, Vocabulary vocabulary, List<String> slugs, int atMost) {
        Set<Long> ids = new HashSet<>();
        int count = random.nextInt(atMost + 1);
        for (int i = 0; i < count; i++) {
            String slug = slugs.get(random.nextInt(slugs.size()));
            ids.add(taxonomy.find(vocabulary, new Slug(slug)).orElseThrow().id());
        }
        return new ArrayList<>(ids);
    }

    private static Map<Facet, Set<String>> randomSelection(Random random, Map<Facet, List<String>> pool) {
        Map<Facet, Set<String>> selection = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (random.nextInt(3) == 0) {
                List<String> values = pool.get(facet);
                Set<String> chosen = new HashSet<>();
                int count = 1 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    chosen.add(values.get(random.nextInt(values.size())));
                }
                selection.put(facet, chosen);
            }
        }
        return selection;
    }

    private static List<String> slugs(List<Term> terms) {
        return terms.stream().map(t -> t.slug().value()).toList();
    }
}
