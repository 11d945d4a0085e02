package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.search.FacetCounts.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index on an in-memory directory, over the fixture archive: exact hits, counts, snippets and paging. */
class SearchIndexTests {

    ArchiveCorpus corpus = new ArchiveCorpus();
    FakeItems database = new FakeItems();
    SearchIndex index;

    @BeforeEach
    void indexCorpus() throws IOException {
        index = ArchiveCorpus.indexOf(database, corpus);
    }

    @AfterEach
    void close() throws IOException {
        index.destroy();
    }

    @Test
    void browsesEveryPublishedItemNewestFirstWithoutText() {
        SearchResults results = index.search(SearchQuery.of("").withSize(3));

        assertThat(results.total()).isEqualTo(35);
        assertThat(keys(results)).containsExactly("chairmanship-priorities", "press-freedom-statement", "astana-youth");
        assertThat(results.facet(Facet.LANGUAGE).values())
                .extracting(Value::value, Value::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", 32L),
                        org.assertj.core.groups.Tuple.tuple("ru", 2L),
                        org.assertj.core.groups.Tuple.tuple("sr", 1L));
    }

    @Test
    void countsHierarchicalSourcesRolledUpToTheirParents() {
        SearchResults results = index.search(SearchQuery.of(""));

        Value fieldOperations =
                results.facet(Facet.SOURCE).find("field-operations").orElseThrow();
        assertThat(fieldOperations.count()).isEqualTo(12);
        assertThat(fieldOperations.children())
                .extracting(Value::value, Value::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mission-to-serbia", 6L),
                        org.assertj.core.groups.Tuple.tuple("programme-office-in-astana", 4L),
                        org.assertj.core.groups.Tuple.tuple("presence-in-albania", 2L));
    }

    @Test
    void selectingAParentSelectsItsChildren() {
        SearchResults results = index.search(SearchQuery.of("").withFilter(Facet.SOURCE, Set.of("field-operations")));

        assertThat(results.total()).isEqualTo(12);
    }

    @Test
    void countsEachFacetAsIfItsOwnSelectionWereAbsent() {
        SearchQuery query = SearchQuery.of("").withFilter(Facet.SOURCE, Set.of("mission-to-serbia"));

        SearchResults results = index.search(query);

        assertThat(results.total()).isEqualTo(6);
        Value fieldOperations =
                results.facet(Facet.SOURCE).find("field-operations").orElseThrow();
        assertThat(fieldOperations.count()).isEqualTo(12);
        assertThat(results.facet(Facet.SOURCE).find("mission-to-serbia").orElseThrow())
                .extracting(Value::count, Value::selected)
                .containsExactly(6L, true);
        assertThat(results.facet(Facet.COUNTRY)
                        .find("participating-states")
                        .orElseThrow()
                        .count())
                .isEqualTo(6);
        assertThat(results.facet(Facet.COUNTRY).find("albania")).isEmpty();
    }

    @Test
    void orsValuesWithinAFacetAndAndsFacets() {
        SearchQuery twoSources =
                SearchQuery.of("").withFilter(Facet.SOURCE, Set.of("mission-to-serbia", "presence-in-albania"));
        assertThat(index.search(twoSources).total()).isEqualTo(8);

        SearchResults results = index.search(twoSources.withFilter(Facet.COUNTRY, Set.of("albania")));

        assertThat(keys(results)).containsExactly("small-arms-destruction", "voter-lists-albania");
        FacetCounts sources = results.facet(Facet.SOURCE);
        assertThat(sources.find("field-operations").orElseThrow().count()).isEqualTo(2);
        assertThat(sources.find("presence-in-albania").orElseThrow().count()).isEqualTo(2);
        assertThat(sources.find("odihr").orElseThrow().count()).isEqualTo(1);
        assertThat(sources.find("mission-to-serbia")).isEmpty();
        FacetCounts countries = results.facet(Facet.COUNTRY);
        assertThat(countries.find("participating-states").orElseThrow().count()).isEqualTo(8);
        assertThat(countries.find("serbia").orElseThrow().count()).isEqualTo(6);
        assertThat(countries.find("albania").orElseThrow())
                .extracting(Value::count, Value::selected)
                .containsExactly(2L, true);
    }

    @Test
    void countsAnswerTheSameFromMemoryAndChangeWithTheIndex() {
        SearchQuery albania = SearchQuery.of("").withFilter(Facet.COUNTRY, Set.of("albania"));
        SearchResults first = index.search(albania);
        SearchResults again = index.search(albania);
        assertThat(again).isEqualTo(first);
        assertThat(index.search(albania.withOrder(SearchQuery.Order.DATE)
                                .withSize(1)
                                .withPage(2))
                        .hits())
                .containsExactly(first.hits().get(1));
        long albaniaCount =
                first.facet(Facet.COUNTRY).find("albania").orElseThrow().count();

        ContentItem item = corpus.get("voter-lists-albania");
        database.put(ContentFixtures.from(item)
                .status(ItemStatus.UNPUBLISHED)
                .updatedAt(item.updatedAt().plusSeconds(100))
                .build());
        index.update(item.id());

        SearchResults after = index.search(albania);
        assertThat(after.total()).isEqualTo(first.total() - 1);
        assertThat(after.facet(Facet.COUNTRY).find("albania").orElseThrow().count())
                .isEqualTo(albaniaCount - 1);
        assertThat(keys(after)).doesNotContain("voter-lists-albania");
    }

    @Test
    void listsYearsLatestFirst() {
        SearchResults results = index.search(SearchQuery.of("").withFilter(Facet.COUNTRY, Set.of("kyrgyzstan")));

        assertThat(results.facet(Facet.YEAR).values())
                .extracting(Value::value)
                .containsExactly("2019", "2015", "2014", "2012");
    }

    @Test
    void filtersByDateRangeInclusive() {
        SearchResults results =
                index.search(SearchQuery.of("").withDates(LocalDate.of(2019, 5, 27), LocalDate.of(2019, 11, 25)));

        assertThat(keys(results))
                .containsExactly("domestic-violence-kyrgyzstan", "hate-crime-report", "economic-forum");
    }

    @Test
    void scopeNarrowsWithoutBecomingASelection() {
        SearchQuery query = SearchQuery.of("").withScope(Facet.COUNTRY, Set.of("kazakhstan"));

        SearchResults results = index.search(query);

        assertThat(results.total()).isEqualTo(6);
        assertThat(results.facet(Facet.COUNTRY).find("kazakhstan").orElseThrow())
                .extracting(Value::count, Value::selected)
                .containsExactly(6L, false);
        assertThat(results.facet(Facet.COUNTRY).find("kyrgyzstan").orElseThrow().count())
                .isEqualTo(2);
    }

    @Test
    void sortsByDateWhenAsked() {
        SearchResults results = index.search(SearchQuery.of("Serbia").withOrder(SearchQuery.Order.DATE));

        List<LocalDate> dates = results.hits().stream().map(SearchHit::date).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(results.total()).isGreaterThan(3);
    }

    @Test
    void pagesAndCursorsWalkTheSameOrder() {
        List<String> byPage = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            SearchResults results = index.search(SearchQuery.of("").withSize(10).withPage(page));
            byPage.addAll(keys(results));
        }
        List<String> byCursor = new ArrayList<>();
        SearchResults results = index.search(SearchQuery.of("").withSize(10));
        byCursor.addAll(keys(results));
        while (results.nextCursor() != null) {
            results = index.search(SearchQuery.of("").withSize(10).withCursor(results.nextCursor()));
            byCursor.addAll(keys(results));
        }

        assertThat(byPage).hasSize(35).doesNotHaveDuplicates();
        assertThat(byCursor).isEqualTo(byPage);
    }

    @Test
    void cursorsAlsoPageRelevanceOrder() {
        SearchQuery query = SearchQuery.of("Serbia OR Kazakhstan").withSize(2);
        List<String> all = keys(index.search(query.withSize(50)));
        List<String> byCursor = new ArrayList<>();
        SearchResults results = index.search(query);
        byCursor.addAll(keys(results));
        while (results.nextCursor() != null) {
            results = index.search(query.withCursor(results.nextCursor()));
            byCursor.addAll(keys(results));
        }

        assertThat(byCursor).isEqualTo(all);
    }

    @Test
    void aPageBeyondTheLastIsEmptyButCounted() {
        SearchResults results = index.search(SearchQuery.of("").withSize(10).withPage(5));

        assertThat(results.hits()).isEmpty();
        assertThat(results.total()).isEqualTo(35);
        assertThat(results.nextCursor()).isNull();
    }

    @Test
    void rejectsPagesTooDeepTooLongTextsAndForeignCursors() {
        assertThatThrownBy(() -> SearchQuery.of("").withSize(100).withPage(101)).isInstanceOf(InvalidSearch.class);
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(10_000))).isInstanceOf(InvalidSearch.class);
        assertThatThrownBy(() -> SearchQuery.of("").withPage(0)).isInstanceOf(InvalidSearch.class);
        assertThatThrownBy(() -> index.search(SearchQuery.of("").withCursor("not a cursor!")))
                .isInstanceOf(InvalidSearch.class);
        String dateCursor = index.search(SearchQuery.of("").withSize(1)).nextCursor();
        assertThatThrownBy(() -> index.search(SearchQuery.of("Serbia").withCursor(dateCursor)))
                .isInstanceOf(InvalidSearch.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"unbalanced quote",
                "AND AND",
                "OR",
                "NOT",
                "((",
                ")",
                "-",
                "\"\"",
                "title:voter",
                "*:*",
                "voter~2",
                "[a TO z]",
                "a AND (b OR",
                "!!! ??? ...",
                "\\"
            })
    void searchesWhatCannotBeParsedAsPlainWords(String text) {
        SearchResults results = index.search(SearchQuery.of(text));

        assertThat(results.total()).isBetween(0L, 35L);
    }

    @Test
    void searchesAnUnclosedQuoteAsItsWords() {
        assertThat(keys(index.search(SearchQuery.of("\"voter lists"))).get(0)).isEqualTo("voter-lists-albania");
        assertThat(keys(index.search(SearchQuery.of("lists:voter"))).get(0)).isEqualTo("voter-lists-albania");
    }

    @Test
    void searchesTheLongestAllowedTextOfManyWords() {
        String text = ("migration " + "word ".repeat(200)).substring(0, SearchQuery.MAX_TEXT_LENGTH);

        assertThat(index.search(SearchQuery.of(text)).total()).isBetween(0L, 35L);
    }

    @Test
    void refusesFilterValuesNoItemCanHaveNamingTheParameter() {
        assertThatThrownBy(
                        () -> index.search(SearchQuery.of("").withFilter(Facet.COUNTRY, Set.of("serbia", "atlantis"))))
                .isInstanceOfSatisfying(
                        InvalidSearch.class, e -> assertThat(e.parameter()).contains("country"))
                .hasMessage("No country is called atlantis");
        assertThatThrownBy(() -> index.checkFilters(SearchQuery.of("").withFilter(Facet.YEAR, Set.of("last-year"))))
                .isInstanceOfSatisfying(
                        InvalidSearch.class, e -> assertThat(e.parameter()).contains("year"))
                .hasMessage("No year is called last-year; a year is a number such as 2006");
        assertThatThrownBy(() ->
                        index.forEachMatch(SearchQuery.of("").withFilter(Facet.TYPE, Set.of("podcast")), 10, ids -> {}))
                .isInstanceOf(InvalidSearch.class)
                .hasMessageStartingWith("No type is called podcast; the types are press-release, ");
    }

    @Test
    void filtersOnAYearWithoutItemsMatchNothing() {
        assertThat(index.search(SearchQuery.of("").withFilter(Facet.YEAR, Set.of("1850")))
                        .total())
                .isZero();
        index.checkFilters(SearchQuery.of("").withFilter(Facet.COUNTRY, Set.of("serbia")));
    }

    @Test
    void excludesWordsAndRequiresPhrases() {
        assertThat(keys(index.search(SearchQuery.of("Belgrade -hotline -ombudsman -software -broadcasting"))))
                .isEmpty();
        assertThat(keys(index.search(SearchQuery.of("\"civil registry clerks\""))))
                .containsExactly("voter-lists-albania");
        assertThat(keys(index.search(SearchQuery.of("\"registry civil clerks\""))))
                .isEmpty();
        assertThat(index.search(SearchQuery.of("NOT Vienna")).total()).isEqualTo(31);
    }

    @Test
    void foldsDiacriticsBothWays() {
        assertThat(keys(index.search(SearchQuery.of("Turkiye wildfire"))))
                .first()
                .isEqualTo("wildfire-response");
        assertThat(keys(index.search(SearchQuery.of("Kragujevač sudenjima"))))
                .containsExactly("serbian-language-training");
    }

    @Test
    void highlightsMatchesInEscapedSnippets() {
        SearchResults results = index.search(SearchQuery.of("ombudsman office"));

        assertThat(results.hits().get(0).snippet())
                .isEqualTo(
                        "&quot;The <mark>ombudsman&#x27;s</mark> <mark>office</mark> has received 1,200 complaints&quot;,"
                                + " said its director in Belgrade.");
        assertThat(index.search(SearchQuery.of("")).hits().get(0).snippet()).isNull();
    }

    @Test
    void snipsASentenceTheBodyRepeatsOnlyOnce() {
        ContentItem item = corpus.get("voter-lists-albania");
        database.put(ContentFixtures.from(item)
                .body("<p>The quokka census went well. Nothing else happened.</p>"
                        + "<p>The quokka census went well. A second quokka count follows in May.</p>")
                .updatedAt(item.updatedAt().plusSeconds(100))
                .build());
        index.update(item.id());

        assertThat(index.search(SearchQuery.of("quokka census")).hits().get(0).snippet())
                .isEqualTo("The <mark>quokka</mark> <mark>census</mark> went well. … A second <mark>quokka</mark>"
                        + " count follows in May.");
    }

    @Test
    void findsAWordInAnyPartOfAnItemButSnipsOnlyItsBody() {
        ContentItem item = corpus.get("voter-lists-albania");
        database.put(ContentFixtures.from(item)
                .title("Quokka census")
                .summary("Wombat registers")
                .place("Numbat")
                .updatedAt(item.updatedAt().plusSeconds(100))
                .build());
        index.update(item.id());

        for (String word : List.of("quokka", "wombat", "numbat")) {
            SearchResults results = index.search(SearchQuery.of(word));
            assertThat(keys(results)).as(word).containsExactly("voter-lists-albania");
            assertThat(results.hits().get(0).snippet()).as(word).isNull();
        }
        assertThat(keys(index.search(SearchQuery.of("\"quokka census\"")))).containsExactly("voter-lists-albania");
        // The parts of an item's text are values of one field: no phrase runs from the end of one into the next.
        assertThat(keys(index.search(SearchQuery.of("\"local elections quokka\""))))
                .isEmpty();
        assertThat(keys(index.search(SearchQuery.of("\"census wombat\"")))).isEmpty();
        assertThat(index.search(SearchQuery.of("voter lists quokka"))
                        .hits()
                        .get(0)
                        .snippet())
                .contains("<mark>voter</mark> <mark>lists</mark>");
    }

    @Test
    void removesAnItemOnceItIsNoLongerPublished() {
        ContentItem item = corpus.get("voter-lists-albania");
        database.put(ContentFixtures.from(item)
                .status(ItemStatus.UNPUBLISHED)
                .updatedAt(item.updatedAt().plusSeconds(100))
                .build());

        index.update(item.id());

        assertThat(keys(index.search(SearchQuery.of("voter lists")))).doesNotContain("voter-lists-albania");
        assertThat(index.count()).isEqualTo(34);
    }

    @Test
    void replacesAnEditedItem() {
        ContentItem item = corpus.get("mine-clearance");
        database.put(ContentFixtures.from(item)
                .title("Demining teams clear former front lines near Sarajevo")
                .updatedAt(item.updatedAt().plusSeconds(100))
                .build());

        index.update(item.id());

        assertThat(keys(index.search(SearchQuery.of("Sarajevo")))).containsExactly("mine-clearance");
        assertThat(index.count()).isEqualTo(35);
    }

    @Test
    void suggestsTermsThenTitlesAsTheReaderTypes() {
        assertThat(index.suggest("mig", 5))
                .containsExactly(
                        new Suggestion(Suggestion.Kind.TERM, "Migration", "/fields-of-work/migration"),
                        new Suggestion(
                                Suggestion.Kind.ITEM,
                                "Central Asian states agree on safer remittances for migrant families",
                                corpus.get("central-asia-migration").path()),
                        new Suggestion(
                                Suggestion.Kind.ITEM,
                                "International workshop in Moscow focuses on labour migration in CIS countries",
                                corpus.get("labour-migration").path()));
        assertThat(index.suggest("ministerial hamb", 5))
                .extracting(Suggestion::label)
                .containsExactly("Ministerial Council meets in Hamburg");
        assertThat(index.suggest("  ", 5)).isEmpty();
    }

    @Test
    void relatesItemsOnTheSameSubject() {
        List<SearchHit> related = index.related(corpus.get("water-management-kyrgyz"), 3);

        assertThat(related).hasSize(3);
        assertThat(related.stream().map(h -> corpus.keyOf(h.id())))
                .doesNotContain("water-management-kyrgyz")
                .contains("central-asia-migration");
    }

    @Test
    void forgetsRelatedItemsOnceOneIsWithdrawn() {
        ContentItem water = corpus.get("water-management-kyrgyz");
        ContentItem migration = corpus.get("central-asia-migration");
        assertThat(index.related(water, 3)).extracting(SearchHit::id).contains(migration.id());

        database.put(ContentFixtures.from(migration)
                .status(ItemStatus.UNPUBLISHED)
                .updatedAt(migration.updatedAt().plusSeconds(100))
                .build());
        index.update(migration.id());

        assertThat(index.related(water, 3)).extracting(SearchHit::id).doesNotContain(migration.id());
    }

    @Test
    void catchesUpWithChangesItMissed() throws IOException {
        ContentItem missed =
                publishedItem("Missed press release on election day", ArchiveCorpus.PUBLISHED.plusSeconds(1000));
        database.put(missed);

        assertThat(index.catchUp()).isEqualTo(SearchIndex.CatchUp.CAUGHT_UP);

        assertThat(index.search(SearchQuery.of("missed")).hits())
                .extracting(SearchHit::id)
                .containsExactly(missed.id());
        assertThat(index.catchUp()).isEqualTo(SearchIndex.CatchUp.UP_TO_DATE);
    }

    @Test
    void leavesChangesMadeDuringItsCheckToTheIndexer() throws IOException {
        ContentItem missed =
                publishedItem("Missed press release on election day", ArchiveCorpus.PUBLISHED.plusSeconds(1000));
        ContentItem importing =
                publishedItem("Imported while the check ran", Instant.now().plus(Duration.ofHours(1)));
        database.put(missed);
        database.put(importing);

        // Neither replayed nor rebuilt into the index: the change's own announcement brings it.
        assertThat(index.catchUp()).isEqualTo(SearchIndex.CatchUp.CAUGHT_UP);
        assertThat(index.search(SearchQuery.of("missed")).hits())
                .extracting(SearchHit::id)
                .containsExactly(missed.id());
        assertThat(index.search(SearchQuery.of("imported")).hits()).isEmpty();

        index.update(importing.id());
        assertThat(index.search(SearchQuery.of("imported")).hits())
                .extracting(SearchHit::id)
                .containsExactly(importing.id());
    }

    @Test
    void comparesItsCountWithTheDatabaseOnlyWhenNoChangeIsUnderWay() throws IOException {
        ContentItem unindexed = publishedItem(
                "Zeppelin archive filed long ago and never indexed",
                ArchiveCorpus.PUBLISHED.minus(Duration.ofDays(3650)));
        database.put(unindexed);
        PendingChanges.Announced saving = index.announce(UUID.randomUUID());

        // One item more in the database than in the index, while a save is under way: the index is only busy.
        assertThat(index.catchUp()).isEqualTo(SearchIndex.CatchUp.UP_TO_DATE);
        assertThat(index.search(SearchQuery.of("zeppelin")).hits()).isEmpty();

        index.rolledBack(saving);
        assertThat(index.catchUp()).isEqualTo(SearchIndex.CatchUp.REBUILT);
        assertThat(index.search(SearchQuery.of("zeppelin")).hits())
                .extracting(SearchHit::id)
                .containsExactly(unindexed.id());
    }

    /** An item published with the archive, last changed at {@code updatedAt}, that the index has not been told of. */
    private static ContentItem publishedItem(String title, Instant updatedAt) {
        return ContentFixtures.item()
                .title(title)
                .published(ArchiveCorpus.PUBLISHED)
                .updatedAt(updatedAt)
                .build();
    }

    @Test
    void rebuildsAnEmptyIndexOfAFullArchive() throws IOException {
        SearchIndex empty = new SearchIndex(IndexDirectories.inMemory(), database, new FakeTerms(), false);
        try {
            assertThat(empty.catchUp()).isEqualTo(SearchIndex.CatchUp.REBUILT);
            assertThat(empty.count()).isEqualTo(35);
        } finally {
            empty.destroy();
        }
    }

    @Test
    void reportsRebuildProgressAndKeepsAnswering() {
        List<Long> progress = new ArrayList<>();

        index.rebuild((done, total) -> {
            progress.add(done);
            if (done == 18) {
                assertThat(index.search(SearchQuery.of("")).total()).isEqualTo(35);
            }
        });

        assertThat(progress).hasSize(36).startsWith(0L, 1L).endsWith(35L);
        assertThat(index.search(SearchQuery.of("voter lists")).hits()).isNotEmpty();
    }

    @Test
    void handsEveryMatchNewestFirstInBatchesWhateverTheQuerysPagingAndSort() {
        List<List<java.util.UUID>> batches = new ArrayList<>();
        SearchQuery sourceSerbia = SearchQuery.of("")
                .withFilter(Facet.SOURCE, Set.of("mission-to-serbia"))
                .withPage(2)
                .withSize(2);

        index.forEachMatch(sourceSerbia, 4, batches::add);

        assertThat(batches).extracting(List::size).containsExactly(4, 2);
        List<java.util.UUID> all = batches.stream().flatMap(List::stream).toList();
        assertThat(all)
                .containsExactlyElementsOf(index.search(sourceSerbia.withPage(1).withSize(6)).hits().stream()
                        .map(SearchHit::id)
                        .toList());
    }

    @Test
    void handsEveryItemOfTheArchiveOnceAcrossBatchBoundaries() {
        List<java.util.UUID> all = new ArrayList<>();

        index.forEachMatch(SearchQuery.of("").withOrder(SearchQuery.Order.RELEVANCE), 5, all::addAll);

        assertThat(all).hasSize(35).doesNotHaveDuplicates();
        assertThat(all.subList(0, 3).stream().map(corpus::keyOf))
                .containsExactly("chairmanship-priorities", "press-freedom-statement", "astana-youth");
    }

    private List<String> keys(SearchResults results) {
        return results.hits().stream().map(h -> corpus.keyOf(h.id())).toList();
    }
}
