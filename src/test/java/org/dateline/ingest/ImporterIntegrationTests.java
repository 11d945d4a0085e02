package org.dateline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.ItemPublished;
import org.dateline.content.Workflow;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@SpringBootTest(properties = "dateline.ingest.sample-content=false")
class ImporterIntegrationTests {

    static final String FAILING_TITLE = "An item whose publication fails after it was written";

    @Autowired
    Importer importer;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    Taxonomy taxonomy;

    @MockitoSpyBean
    ImportedItems imported;

    @MockitoSpyBean
    Workflow workflow;

    final ItemNdjson ndjson = new ItemNdjson();

    @Test
    void importsAScrapedPageWithItsTermsAndReportsNamesThatMapToNoTerm() {
        ImportResult result = importer.importItem(fixture("press-release.txt"), ImportOptions.WRITE);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
        assertThat(result.warnings())
                .containsExactly("no field of work is called \"Underwater basket weaving\"; left it out");
        ContentItem item = catalog.findById(result.itemId()).orElseThrow();
        assertThat(item.type()).isEqualTo(ContentType.PRESS_RELEASE);
        assertThat(item.title()).isEqualTo("Regional seminar in Almaty discusses water sharing along border rivers");
        assertThat(item.date()).isEqualTo(LocalDate.of(2019, 10, 14));
        assertThat(item.place()).isEqualTo("Almaty, Kazakhstan");
        assertThat(item.dateline()).isEqualTo("ALMATY, 14 October 2019");
        assertThat(item.sourceId()).isEqualTo(termId(Vocabulary.STRUCTURE, "oceea"));
        assertThat(item.fieldOfWorkIds()).containsExactly(termId(Vocabulary.FIELD_OF_WORK, "environmental-activities"));
        assertThat(item.countryIds())
                .containsExactly(termId(Vocabulary.COUNTRY, "kazakhstan"), termId(Vocabulary.COUNTRY, "kyrgyzstan"));
        assertThat(item.body())
                .startsWith("<p>ALMATY, 14 October 2019 – Officials from five countries met in Almaty today")
                .endsWith("said one of the organizers.</p>")
                .doesNotContain("Press office");
        assertThat(item.isPublished()).isTrue();
        assertThat(item.publishedAt()).isEqualTo("2019-10-14T00:00:00Z");
        assertThat(item.legacyUrl()).isEqualTo("https://www.example.org/eea/90001");
        assertThat(item.path())
                .isEqualTo(
                        "/press-releases/2019/10/regional-seminar-in-almaty-discusses-water-sharing-along-border-rivers");
    }

    @Test
    void importingTheSameInputAgainChangesNothingAndAChangedInputUpdatesTheSameItem() {
        ItemRecord record = ndjson.read("""
                {"title":"Idempotent import","date":"2015-05-05","type":"news","body":"<p>Once.</p>",\
                "legacy_url":"https://www.example.org/node/424242","fields_of_work":["Migration"]}""");
        ImportResult first = importer.importItem(record, ImportOptions.WRITE);
        long items = catalog.countAll();
        long keys = imported.count();

        ImportResult second = importer.importItem(record, ImportOptions.WRITE);

        assertThat(first.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
        assertThat(second.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(second.itemId()).isEqualTo(first.itemId());
        assertThat(catalog.countAll()).isEqualTo(items);
        assertThat(imported.count()).isEqualTo(keys);
        ContentItem stored = catalog.findById(first.itemId()).orElseThrow();

        ImportResult changed = importer.importItem(ndjson.read("""
                        {"title":"Idempotent import","date":"2015-05-05","type":"news","body":"<p>Twice.</p>",\
                        "legacy_url":"https://www.example.org/node/424242","fields_of_work":["Migration"]}"""), ImportOptions.WRITE);

        assertThat(changed.outcome()).isEqualTo(ImportResult.Outcome.UPDATED);
        assertThat(changed.itemId()).isEqualTo(first.itemId());
        ContentItem updated = catalog.findById(first.itemId()).orElseThrow();
        assertThat(updated.body()).isEqualTo("<p>Twice.</p>");
        assertThat(updated.createdAt()).isEqualTo(stored.createdAt());
        assertThat(updated.path()).isEqualTo(stored.path());
        assertThat(catalog.countAll()).isEqualTo(items);
    }

    @Test
    void keysAnItemWithoutLegacyUrlOrIdByAHashOfItsText() {
        ItemRecord record = ndjson.read("""
                {"title":"No address at all","date":"2012-02-02","body":"<p>Only text.</p>"}""");

        ImportResult first = importer.importItem(record, ImportOptions.WRITE);
        ImportResult second = importer.importItem(record, ImportOptions.WRITE);

        assertThat(first.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
        assertThat(first.warnings()).containsExactly("the item shows no type; imported it as news");
        assertThat(catalog.findById(first.itemId()).orElseThrow().type()).isEqualTo(ContentType.NEWS);
        assertThat(second.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(second.itemId()).isEqualTo(first.itemId());
    }

    @Test
    void refusesAnItemWithoutDateUnlessGivenAFallbackDate() {
        ItemRecord page = fixture("no-date.txt");

        ImportResult refused = importer.importItem(page, ImportOptions.WRITE);
        ImportResult dated = importer.importItem(page, new ImportOptions(false, LocalDate.of(2001, 1, 1)));

        assertThat(refused.outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(refused.error()).isEqualTo("no date: an item needs one (a fallback date can be given)");
        assertThat(dated.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
        assertThat(dated.warnings()).contains("the item shows no date; dated it 2001-01-01, the fallback date");
        assertThat(catalog.findById(dated.itemId()).orElseThrow().date()).isEqualTo(LocalDate.of(2001, 1, 1));
    }

    @Test
    void aDryRunMapsTheItemWithCanonicalNamesAndWritesNothing() {
        long items = catalog.countAll();

        ImportResult result = importer.importItem(fixture("press-release.txt"), new ImportOptions(true, null));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.PREVIEWED);
        assertThat(catalog.countAll()).isEqualTo(items);
        ItemPreview preview = result.preview();
        assertThat(preview.type()).isEqualTo("press-release");
        assertThat(preview.source())
                .isEqualTo("Office of the Co-ordinator of OSCE Economic and Environmental Activities");
        assertThat(preview.fieldsOfWork()).containsExactly("Environmental activities");
        assertThat(preview.countries()).containsExactly("Kazakhstan", "Kyrgyzstan");
        assertThat(preview.bodyText())
                .startsWith("Officials from five countries met in Almaty today")
                .contains("joint monitoring stations.\n\n\"Rivers do not stop");
    }

    @Test
    void addsTheCountryOfThePlaceToItemsThatListCountries() {
        ImportResult result = importer.importItem(ndjson.read("""
                        {"title":"Country of the place","date":"2013-03-03","body":"<p>Text.</p>",\
                        "place":"Bishkek, Kyrgyzstan","countries":[{"slug":"kazakhstan"}]}"""), ImportOptions.WRITE);

        assertThat(catalog.findById(result.itemId()).orElseThrow().countryIds())
                .containsExactly(termId(Vocabulary.COUNTRY, "kazakhstan"), termId(Vocabulary.COUNTRY, "kyrgyzstan"));
    }

    @Test
    void anItemThatFailsWhileBeingWrittenLeavesNothingBehindAndTheNextOneIsImported() {
        long items = catalog.countAll();
        long keys = imported.count();

        ImportResult failed = importer.importItem(
                ndjson.read("{\"title\":\"" + FAILING_TITLE
                        + "\",\"date\":\"2014-04-04\",\"body\":\"<p>Text.</p>\",\"legacy_url\":\"/x/1\"}"),
                ImportOptions.WRITE);
        ImportResult next = importer.importItem(
                ndjson.read("{\"title\":\"The next item\",\"date\":\"2014-04-04\",\"body\":\"<p>Text.</p>\"}"),
                ImportOptions.WRITE);

        assertThat(failed.outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(failed.error()).isEqualTo("could not store the item: refused by a test listener");
        assertThat(catalog.findByLegacyUrl("/x/1")).isEmpty();
        assertThat(next.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
        assertThat(catalog.countAll()).isEqualTo(items + 1);
        assertThat(imported.count()).isEqualTo(keys + 1);
    }

    @Test
    void itemsImportedTogetherAreImportedOneByOneWhenTheDatabaseRefusesThemAndOnlyTheBadOneFails() {
        long items = catalog.countAll();
        long keys = imported.count();

        List<ImportResult> results = importer.importItems(
                List.of(
                        ndjson.read("{\"title\":\"Before the refused item\",\"date\":\"2014-04-05\","
                                + "\"body\":\"<p>Text.</p>\"}"),
                        ndjson.read("{\"title\":\"" + FAILING_TITLE
                                + "\",\"date\":\"2014-04-05\",\"body\":\"<p>Text.</p>\",\"legacy_url\":\"/x/2\"}"),
                        ndjson.read("{\"title\":\"After the refused item\",\"date\":\"2014-04-05\","
                                + "\"body\":\"<p>Text.</p>\"}")),
                ImportOptions.WRITE);

        assertThat(results)
                .extracting(ImportResult::outcome)
                .containsExactly(
                        ImportResult.Outcome.CREATED, ImportResult.Outcome.FAILED, ImportResult.Outcome.CREATED);
        assertThat(results.get(1).error()).isEqualTo("could not store the item: refused by a test listener");
        assertThat(catalog.findByLegacyUrl("/x/2")).isEmpty();
        assertThat(catalog.findById(results.get(0).itemId()).orElseThrow().title())
                .isEqualTo("Before the refused item");
        assertThat(catalog.findById(results.get(2).itemId()).orElseThrow().title())
                .isEqualTo("After the refused item");
        assertThat(catalog.countAll()).isEqualTo(items + 2);
        assertThat(imported.count()).isEqualTo(keys + 2);
    }

    @Test
    void itemsWhoseLookUpTogetherFailsAreImportedOneByOne() {
        // The spy is reset after the test.
        doThrow(new DataAccessResourceFailureException("look-up refused by a test"))
                .when(imported)
                .findAll(any());

        List<ImportResult> results = importer.importItems(
                List.of(
                        ndjson.read("{\"title\":\"Looked up alone\",\"date\":\"2014-04-06\","
                                + "\"body\":\"<p>Text.</p>\",\"legacy_url\":\"/x/3\"}"),
                        ndjson.read("{\"title\":\"Looked up alone too\",\"date\":\"2014-04-06\","
                                + "\"body\":\"<p>Text.</p>\",\"legacy_url\":\"/x/4\"}")),
                ImportOptions.WRITE);

        assertThat(results)
                .extracting(ImportResult::outcome)
                .containsExactly(ImportResult.Outcome.CREATED, ImportResult.Outcome.CREATED);
        assertThat(catalog.findByLegacyUrl("/x/4").orElseThrow().title()).isEqualTo("Looked up alone too");
        verify(imported, never()).insertAll(any(), any());
    }

    @Test
    void importingABatchAnswersInOrderGivesEachItemItsOwnPathAndTheLaterOfTwoCopiesWins() {
        List<ItemRecord> records = new ArrayList<>();
        // Forty items of one title: each gets a path of its own.
        for (int i = 0; i < 40; i++) {
            records.add(ndjson.read("{\"title\":\"Same title in parallel\",\"date\":\"2016-06-06\","
                    + "\"body\":\"<p>Text " + i + ".</p>\",\"legacy_url\":\"/parallel/" + i + "\"}"));
        }
        records.add(ndjson.read("""
                {"title":"Two copies","date":"2016-06-07","body":"<p>First copy.</p>","legacy_url":"/parallel/copy"}"""));
        records.add(ndjson.read("{\"title\":\"No body\",\"date\":\"2016-06-07\",\"body\":\"\"}"));
        records.add(ndjson.read("""
                {"title":"Two copies","date":"2016-06-07","body":"<p>Second copy.</p>","legacy_url":"/parallel/copy"}"""));

        List<ImportResult> results = records.stream()
                .map(record -> importer.importItem(record, ImportOptions.WRITE))
                .toList();

        assertThat(results).hasSize(43);
        assertThat(results.subList(0, 40)).extracting(ImportResult::outcome).containsOnly(ImportResult.Outcome.CREATED);
        assertThat(results.subList(0, 40).stream().map(ImportResult::path).distinct())
                .hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(catalog.findById(results.get(i).itemId()).orElseThrow().legacyUrl())
                    .isEqualTo("/parallel/" + i);
        }
        assertThat(results.get(40).outcome()).isEqualTo(ImportResult.Outcome.CREATED);
        assertThat(results.get(41).outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(results.get(41).error()).isEqualTo("no body text");
        assertThat(results.get(42).outcome()).isEqualTo(ImportResult.Outcome.UPDATED);
        assertThat(results.get(42).itemId()).isEqualTo(results.get(40).itemId());
        assertThat(catalog.findByLegacyUrl("/parallel/copy").orElseThrow().body())
                .isEqualTo("<p>Second copy.</p>");
    }

    @Test
    void importingItemsTogetherGivesTheResultsAndItemsOfImportingThemOneByOne() {
        for (long seed = 1; seed <= 6; seed++) {
            // Odd seeds add an item the workflow refuses, which sends its run of new items down the one-by-one path.
            boolean refusedItem = seed % 2 == 1;
            List<String> earlier = randomLines(new Random(seed), 25, refusedItem);
            List<String> lines = randomLines(new Random(-seed), 150, refusedItem);
            String alone = "alone" + seed;
            String together = "together" + seed;
            earlier.forEach(line -> importer.importItem(ndjson.read(namespaced(line, alone)), ImportOptions.WRITE));
            earlier.forEach(line -> importer.importItem(ndjson.read(namespaced(line, together)), ImportOptions.WRITE));
            clearInvocations(workflow);

            List<ImportResult> oneByOne = lines.stream()
                    .map(line -> importer.importItem(ndjson.read(namespaced(line, alone)), ImportOptions.WRITE))
                    .toList();
            List<ImportResult> batched = importer.importItems(
                    lines.stream()
                            .map(line -> ndjson.read(namespaced(line, together)))
                            .toList(),
                    ImportOptions.WRITE);

            assertThat(batched.stream().map(result -> comparable(result, together)))
                    .as("seed %d", seed)
                    .containsExactlyElementsOf(oneByOne.stream()
                            .map(result -> comparable(result, alone))
                            .toList());
            for (int i = 0; i < 40; i++) {
                assertThat(stored("/" + together + "/" + i, together))
                        .as("seed %d, legacy URL %d", seed, i)
                        .isEqualTo(stored("/" + alone + "/" + i, alone));
            }
            assertThat(oneByOne)
                    .extracting(ImportResult::outcome)
                    .contains(
                            ImportResult.Outcome.CREATED,
                            ImportResult.Outcome.UPDATED,
                            ImportResult.Outcome.UNCHANGED,
                            ImportResult.Outcome.FAILED);
            // The new items were written together, not only one by one.
            assertThat(mockingDetails(workflow).getInvocations().stream()
                            .filter(call -> call.getMethod().getName().equals("insertAll"))
                            .mapToInt(call -> call.<List<?>>getArgument(0).size())
                            .max()
                            .orElse(0))
                    .isGreaterThan(1);
        }
    }

    /**
     * Lines of items that share titles (and so paths), legacy URLs and ids among themselves and with the items of
     * earlier lines, with now and then an item without body and, if asked, one in a language that is no language.
     */
    private static List<String> randomLines(Random random, int count, boolean refusedItem) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // An item of a legacy URL mostly keeps its title and date, which it shares with a few others.
            int url = random.nextInt(40);
            int title = random.nextInt(10) == 0 ? random.nextInt(8) : url % 8;
            StringBuilder line = new StringBuilder("{\"title\":\"NS title " + title + "\"");
            line.append(",\"date\":\"2016-06-0").append(1 + url % 3).append('"');
            line.append(",\"body\":\"").append(random.nextInt(25) == 0 ? "" : "<p>Text " + random.nextInt(3) + ".</p>");
            line.append('"');
            if (random.nextInt(5) > 0) {
                line.append(",\"legacy_url\":\"/NS/").append(url).append('"');
            }
            if (random.nextInt(6) == 0) {
                line.append(",\"id\":\"ID").append(random.nextInt(10)).append('"');
            }
            if (refusedItem && i == count / 2) {
                line.append(",\"language\":\"no language\"");
            }
            lines.add(line.append('}').toString());
        }
        return lines;
    }

    /** The line with its titles, legacy URLs and ids made its namespace's own. */
    private static String namespaced(String line, String namespace) {
        Matcher id = Pattern.compile("ID([0-9]+)").matcher(line.replace("NS", namespace));
        return id.replaceAll(match -> UUID.nameUUIDFromBytes((namespace + match.group(1)).getBytes(UTF_8))
                .toString());
    }

    /** What the result says, with the namespace and generated ids taken out. */
    private static String comparable(ImportResult result, String namespace) {
        return neutral(
                result.outcome() + " " + result.path() + " " + result.error() + " " + result.warnings(), namespace);
    }

    private String stored(String legacyUrl, String namespace) {
        return catalog.findByLegacyUrl(legacyUrl)
                .map(item -> neutral(
                        String.join(
                                " | ",
                                item.path(),
                                item.title(),
                                item.body(),
                                item.language(),
                                item.status().name()),
                        namespace))
                .orElse("none");
    }

    private static String neutral(String text, String namespace) {
        return text.replace(namespace, "NS")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
    }

    @Test
    void exportThenImportIsARoundTrip() {
        ImportResult original = importer.importItem(fixture("press-release.txt"), ImportOptions.WRITE);
        ContentItem stored = catalog.findById(original.itemId()).orElseThrow();

        String line = ndjson.write(stored, taxonomy);
        ItemRecord record = ndjson.read(line);
        ImportResult again = importer.importItem(record, ImportOptions.WRITE);

        assertThat(line)
                .contains("\"source\":{\"slug\":\"oceea\",\"name\":\"Office of the Co-ordinator of OSCE Economic and"
                        + " Environmental Activities\"}")
                .contains("\"url\":\"" + stored.path() + "\"")
                .contains("\"published_at\":\"2019-10-14T00:00:00Z\"");
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UPDATED);
        ContentItem roundTripped = catalog.findById(original.itemId()).orElseThrow();
        assertThat(roundTripped)
                .usingRecursiveComparison()
                .ignoringFields("updatedAt")
                .isEqualTo(stored);
    }

    private Long termId(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow().id();
    }

    private static ItemRecord fixture(String name) {
        List<SourceItem> items = new ArrayList<>();
        Path file = Path.of("src/test/resources/ingest/import", name);
        new ImportFiles(1_000_000, null, null, false).read(List.of(file.toString()), System.in, items::add);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).error()).isNull();
        return items.get(0).record();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingPublication {

        @Bean
        RefusingListener refusingListener(ContentCatalog catalog) {
            return new RefusingListener(catalog);
        }
    }

    /** Fails the transaction of one item after the workflow wrote it, as a broken database connection would. */
    record RefusingListener(ContentCatalog catalog) {

        @EventListener
        void on(ItemPublished event) {
            catalog.findById(event.id())
                    .filter(item -> item.title().equals(FAILING_TITLE))
                    .ifPresent(item -> {
                        throw new IllegalStateException("refused by a test listener");
                    });
        }
    }
}
