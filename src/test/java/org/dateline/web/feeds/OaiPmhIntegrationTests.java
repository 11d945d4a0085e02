package org.dateline.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.TestClock;
import org.dateline.content.Workflow;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The OAI-PMH repository as a harvester sees it, three records to a page: every verb, sets, selective
 * harvesting, resumption, deleted records and every error code, each response validated against the
 * OAI-PMH and oai_dc schemas.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.feeds.harvest-page-size=3"})
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiPmhIntegrationTests {

    static final Instant PUBLISHED = Instant.parse("2020-01-01T00:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    TestClock clock;

    ContentItem pressRelease;
    ContentItem serbiaNews;
    ContentItem event;
    List<ContentItem> statements = new ArrayList<>();
    ContentItem withdrawn;
    ContentItem draft;

    @BeforeAll
    void writeArchive() {
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        pressRelease = publishAt(
                "2026-01-10T10:00:00Z",
                ContentFixtures.item(ContentType.PRESS_RELEASE, "Workshop on labour migration")
                        .summary("A two-day workshop.")
                        .source(term(Vocabulary.STRUCTURE, "secretariat").id())
                        .fieldsOfWork(
                                term(Vocabulary.FIELD_OF_WORK, "migration").id())
                        .countries(
                                term(Vocabulary.COUNTRY, "russian-federation").id(),
                                term(Vocabulary.COUNTRY, "kazakhstan").id()));
        serbiaNews = publishAt(
                "2026-01-11T10:00:00.500Z",
                ContentFixtures.item(ContentType.NEWS, "Mission to Serbia trains judges")
                        .language("sr-Latn")
                        .source(term(Vocabulary.STRUCTURE, "mission-to-serbia").id())
                        .fieldsOfWork(
                                term(Vocabulary.FIELD_OF_WORK, "rule-of-law").id())
                        .countries(term(Vocabulary.COUNTRY, "serbia").id()));
        event = publishAt(
                "2026-01-12T10:00:00Z", ContentFixtures.item(ContentType.EVENT, "Economic and Environmental Forum"));
        for (int n = 1; n <= 5; n++) {
            statements.add(publishAt(
                    "2026-01-13T10:00:0" + n + "Z", ContentFixtures.item(ContentType.STATEMENT, "Statement " + n)));
        }
        withdrawn = publishAt(
                "2026-01-13T12:00:00Z", ContentFixtures.item(ContentType.PRESS_RELEASE, "Withdrawn press release"));
        clock.set(Instant.parse("2026-01-14T10:00:00Z"));
        withdrawn = workflow.unpublish(withdrawn.id());
        clock.set(Instant.parse("2026-01-15T10:00:00Z"));
        draft = workflow.save(ContentFixtures.item(ContentType.NEWS, "Draft").build());
    }

    private ContentItem publishAt(String time, ContentFixtures.Builder builder) {
        clock.set(Instant.parse(time));
        ContentItem saved = workflow.save(builder.build());
        return workflow.publish(saved.id(), PUBLISHED);
    }

    private Term term(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow();
    }

    private static String identifier(ContentItem item) {
        return "oai:localhost:" + item.id();
    }

    /** The response to the request with the parameters (name, value, name, value...), validated. */
    private Document oai(String... parameters) {
        MockMvcRequestBuilder request = mvc.get().uri("/oai");
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/xml");
        byte[] body = result.getResponse().getContentAsByteArray();
        XmlSchemas.validate(XmlSchemas.OAI_PMH, body);
        return Jsoup.parse(new String(body, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private static List<String> texts(Element element, String css) {
        return element.select(css).eachText();
    }

    @Test
    void identifyDescribesTheRepository() {
        Document doc = oai("verb", "Identify");

        Element identify = doc.selectFirst("Identify");
        assertThat(identify.selectFirst("repositoryName").text()).isEqualTo("OSCE");
        assertThat(identify.selectFirst("baseURL").text()).isEqualTo("http://localhost/oai");
        assertThat(identify.selectFirst("protocolVersion").text()).isEqualTo("2.0");
        assertThat(identify.selectFirst("earliestDatestamp").text()).isEqualTo("2026-01-10T10:00:00Z");
        assertThat(identify.selectFirst("deletedRecord").text()).isEqualTo("transient");
        assertThat(identify.selectFirst("granularity").text()).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(doc.selectFirst("request").attr("verb")).isEqualTo("Identify");
        assertThat(doc.selectFirst("request").text()).isEqualTo("http://localhost/oai");
    }

    @Test
    void offersDublinCoreForTheRepositoryAndEachItem() {
        for (Document doc : List.of(
                oai("verb", "ListMetadataFormats"),
                oai("verb", "ListMetadataFormats", "identifier", identifier(pressRelease)))) {
            assertThat(texts(doc, "metadataFormat > metadataPrefix")).containsExactly("oai_dc");
            assertThat(texts(doc, "metadataFormat > metadataNamespace"))
                    .containsExactly("http://www.openarchives.org/OAI/2.0/oai_dc/");
        }
    }

    @Test
    void listsSetsByTypeStructureAndFieldOfWork() {
        Document doc = oai("verb", "ListSets");

        assertThat(texts(doc, "set > setSpec"))
                .contains(
                        "type",
                        "type:press-release",
                        "type:event",
                        "structure",
                        "structure:field-operations",
                        "structure:mission-to-serbia",
                        "field",
                        "field:migration")
                .doesNotHaveDuplicates();
        Element migration = doc.select("set").stream()
                .filter(set -> set.selectFirst("setSpec").text().equals("field:migration"))
                .findFirst()
                .orElseThrow();
        assertThat(migration.selectFirst("setName").text()).isEqualTo("Migration");
    }

    @Test
    void getRecordDescribesAnItemInDublinCore() {
        Document doc = oai("verb", "GetRecord", "identifier", identifier(pressRelease), "metadataPrefix", "oai_dc");

        Element header = doc.selectFirst("record > header");
        assertThat(header.hasAttr("status")).isFalse();
        assertThat(header.selectFirst("identifier").text()).isEqualTo(identifier(pressRelease));
        assertThat(header.selectFirst("datestamp").text()).isEqualTo("2026-01-10T10:00:00Z");
        assertThat(texts(header, "setSpec"))
                .containsExactly(
                        "type", "type:press-release", "structure", "structure:secretariat", "field", "field:migration");
        Element dc = doc.selectFirst("metadata > oai_dc|dc");
        String secretariat = term(Vocabulary.STRUCTURE, "secretariat").name();
        assertThat(texts(dc, "dc|title")).containsExactly("Workshop on labour migration");
        assertThat(texts(dc, "dc|creator")).containsExactly(secretariat);
        assertThat(texts(dc, "dc|publisher")).containsExactly(secretariat);
        assertThat(texts(dc, "dc|subject")).containsExactly("Migration");
        assertThat(texts(dc, "dc|coverage"))
                .containsExactly(
                        term(Vocabulary.COUNTRY, "russian-federation").name(),
                        term(Vocabulary.COUNTRY, "kazakhstan").name());
        assertThat(texts(dc, "dc|description")).containsExactly("A two-day workshop.");
        assertThat(texts(dc, "dc|date")).containsExactly("2006-12-06");
        assertThat(texts(dc, "dc|type")).containsExactly("Text", "Press release");
        assertThat(texts(dc, "dc|identifier")).containsExactly("http://localhost" + pressRelease.path());
        assertThat(texts(dc, "dc|language")).containsExactly("en");
    }

    @Test
    void recordsOfStructuresBelowOthersBelongToTheSetsAboveToo() {
        Document doc = oai("verb", "GetRecord", "identifier", identifier(serbiaNews), "metadataPrefix", "oai_dc");

        assertThat(texts(doc, "header > setSpec"))
                .containsExactly(
                        "type",
                        "type:news",
                        "structure",
                        "structure:field-operations",
                        "structure:mission-to-serbia",
                        "field",
                        "field:rule-of-law");
        assertThat(texts(doc, "dc|language")).containsExactly("sr-Latn");
    }

    @Test
    void withdrawnItemsAreDeletedRecordsWithoutMetadataAndDraftsDoNotExist() {
        Document doc = oai("verb", "GetRecord", "identifier", identifier(withdrawn), "metadataPrefix", "oai_dc");

        assertThat(doc.selectFirst("record > header").attr("status")).isEqualTo("deleted");
        assertThat(doc.selectFirst("record > header > datestamp").text()).isEqualTo("2026-01-14T10:00:00Z");
        assertThat(doc.select("record > metadata")).isEmpty();
        assertError(
                oai("verb", "GetRecord", "identifier", identifier(draft), "metadataPrefix", "oai_dc"),
                "idDoesNotExist");
    }

    @Test
    void harvestsTheWholeArchiveInPagesEachRecordOnceAlsoWhenItemsArePublishedMeanwhile() {
        List<String> harvested = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<ContentItem> publishedMeanwhile = new ArrayList<>();
        Document page = oai("verb", "ListRecords", "metadataPrefix", "oai_dc");
        int pages = 1;
        while (true) {
            assertThat(page.select("ListRecords > record")).hasSizeBetween(1, 3);
            for (Element header : page.select("record > header")) {
                harvested.add(header.selectFirst("identifier").text());
                if (header.attr("status").equals("deleted")) {
                    deleted.add(header.selectFirst("identifier").text());
                }
            }
            String token = page.select("ListRecords > resumptionToken").text();
            if (token.isEmpty()) {
                assertThat(page.select("ListRecords > resumptionToken"))
                        .as("the last part of a split list ends with an empty token")
                        .hasSize(pages > 1 ? 1 : 0);
                break;
            }
            if (pages <= 2) {
                clock.set(Instant.parse("2026-02-0" + pages + "T10:00:00Z"));
                publishedMeanwhile.add(publishAt(
                        "2026-02-0" + pages + "T10:00:00Z",
                        ContentFixtures.item(ContentType.NEWS, "Published during the harvest " + pages)));
            }
            page = oai("verb", "ListRecords", "resumptionToken", token);
            assertThat(page.selectFirst("request").attr("resumptionToken")).isEqualTo(token);
            pages++;
        }

        List<String> expected = Stream.of(
                        List.of(pressRelease, serbiaNews, event), statements, List.of(withdrawn), publishedMeanwhile)
                .flatMap(List::stream)
                .map(OaiPmhIntegrationTests::identifier)
                .toList();
        assertThat(harvested).containsExactlyElementsOf(expected);
        assertThat(deleted).containsExactly(identifier(withdrawn));
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void listsIdentifiersWithTheSameResumption() {
        Document first = oai("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until", "2026-01-13");
        assertThat(texts(first, "ListIdentifiers > header > identifier"))
                .containsExactly(identifier(pressRelease), identifier(serbiaNews), identifier(event));
        assertThat(first.select("ListIdentifiers > header > setSpec")).isNotEmpty();

        Document second = oai(
                "verb",
                "ListIdentifiers",
                "resumptionToken",
                first.selectFirst("resumptionToken").text());
        assertThat(texts(second, "ListIdentifiers > header > identifier"))
                .containsExactlyElementsOf(statements.subList(0, 3).stream()
                        .map(OaiPmhIntegrationTests::identifier)
                        .toList());
    }

    @Test
    void harvestsSelectivelyByDayOrSecondInclusiveOfBothBounds() {
        assertThat(identifiers("from", "2026-01-11", "until", "2026-01-12"))
                .containsExactly(identifier(serbiaNews), identifier(event));
        assertThat(identifiers("from", "2026-01-11T10:00:00Z", "until", "2026-01-11T10:00:00Z"))
                .containsExactly(identifier(serbiaNews));
        assertThat(identifiers("until", "2026-01-10T10:00:00Z")).containsExactly(identifier(pressRelease));
        assertThat(identifiers("from", "2026-01-13T12:00:00Z", "until", "2026-01-14T10:00:00Z"))
                .containsExactly(identifier(withdrawn));
    }

    @Test
    void harvestsSetsOfTypesStructuresWithTheirDescendantsAndFieldsOfWork() {
        assertThat(identifiers("set", "structure:field-operations")).containsExactly(identifier(serbiaNews));
        assertThat(identifiers("set", "structure:mission-to-serbia")).containsExactly(identifier(serbiaNews));
        assertThat(identifiers("set", "structure")).containsExactly(identifier(pressRelease), identifier(serbiaNews));
        assertThat(identifiers("set", "field:migration")).containsExactly(identifier(pressRelease));
        assertThat(identifiers("set", "type:event")).containsExactly(identifier(event));
        assertThat(identifiers("set", "type:press-release", "until", "2026-01-31"))
                .containsExactly(identifier(pressRelease), identifier(withdrawn));
    }

    private List<String> identifiers(String... arguments) {
        List<String> parameters = new ArrayList<>(List.of("verb", "ListIdentifiers", "metadataPrefix", "oai_dc"));
        parameters.addAll(List.of(arguments));
        List<String> identifiers = new ArrayList<>();
        Document page = oai(parameters.toArray(String[]::new));
        while (true) {
            identifiers.addAll(texts(page, "ListIdentifiers > header > identifier"));
            String token = page.select("ListIdentifiers > resumptionToken").text();
            if (token.isEmpty()) {
                return identifiers;
            }
            page = oai("verb", "ListIdentifiers", "resumptionToken", token);
        }
    }

    @Test
    void answersBadRequestsWithTheProtocolsErrorCodes() {
        String unknown = "oai:localhost:" + UUID.randomUUID();
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of(), "badVerb");
        cases.put(List.of("verb", "Harvest"), "badVerb");
        cases.put(List.of("verb", "Identify", "verb", "Identify"), "badVerb");
        cases.put(List.of("verb", "Identify", "metadataPrefix", "oai_dc"), "badArgument");
        cases.put(List.of("verb", "ListRecords"), "badArgument");
        cases.put(
                List.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "metadataPrefix", "oai_dc"), "badArgument");
        cases.put(List.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-13-01"), "badArgument");
        cases.put(
                List.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-01-01T00:00:00+01:00"),
                "badArgument");
        cases.put(
                List.of(
                        "verb",
                        "ListRecords",
                        "metadataPrefix",
                        "oai_dc",
                        "from",
                        "2026-01-01",
                        "until",
                        "2026-01-02T00:00:00Z"),
                "badArgument");
        cases.put(
                List.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-02-01", "until", "2026-01-01"),
                "badArgument");
        cases.put(List.of("verb", "ListRecords", "metadataPrefix", "oai dc"), "badArgument");
        cases.put(List.of("verb", "GetRecord", "identifier", identifier(pressRelease)), "badArgument");
        cases.put(List.of("verb", "ListRecords", "resumptionToken", "abc", "metadataPrefix", "oai_dc"), "badArgument");
        cases.put(List.of("verb", "ListRecords", "resumptionToken", "not a token"), "badResumptionToken");
        cases.put(List.of("verb", "ListSets", "resumptionToken", "abc"), "badResumptionToken");
        cases.put(List.of("verb", "ListRecords", "metadataPrefix", "marc21"), "cannotDisseminateFormat");
        cases.put(
                List.of("verb", "GetRecord", "identifier", identifier(pressRelease), "metadataPrefix", "mods"),
                "cannotDisseminateFormat");
        cases.put(List.of("verb", "GetRecord", "identifier", unknown, "metadataPrefix", "oai_dc"), "idDoesNotExist");
        cases.put(
                List.of("verb", "GetRecord", "identifier", "urn:isbn:123", "metadataPrefix", "oai_dc"),
                "idDoesNotExist");
        cases.put(List.of("verb", "ListMetadataFormats", "identifier", unknown), "idDoesNotExist");
        cases.put(List.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "until", "2025-12-31"), "noRecordsMatch");
        cases.put(
                List.of("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "structure:atlantis"),
                "noRecordsMatch");
        cases.put(
                List.of("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "field:arms-control"),
                "noRecordsMatch");

        cases.forEach((parameters, code) -> {
            Document doc = oai(parameters.toArray(String[]::new));
            assertError(doc, code);
            boolean rejected = code.equals("badVerb") || code.equals("badArgument");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < parameters.size(); i += 2) {
                names.add(parameters.get(i));
            }
            assertThat(doc.selectFirst("request").attributes().size())
                    .as("request attributes of %s", parameters)
                    .isEqualTo(rejected ? 0 : names.size());
        });
    }

    @Test
    void rejectsAResumptionTokenCutShort() {
        Document first = oai("verb", "ListRecords", "metadataPrefix", "oai_dc");
        String token = first.selectFirst("resumptionToken").text();

        assertError(
                oai("verb", "ListRecords", "resumptionToken", token.substring(0, token.length() / 2)),
                "badResumptionToken");
        assertError(oai("verb", "ListRecords", "resumptionToken", token + "AAAA"), "badResumptionToken");
    }

    @Test
    void acceptsRequestsPostedAsForms() {
        MvcTestResult result = mvc.post()
                .uri("/oai")
                .contentType("application/x-www-form-urlencoded")
                .content("verb=Identify")
                .exchange();

        assertThat(result).hasStatusOk();
        XmlSchemas.validate(XmlSchemas.OAI_PMH, result.getResponse().getContentAsByteArray());
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("<repositoryName>OSCE</repositoryName>");
    }

    private static void assertError(Document doc, String code) {
        assertThat(doc.select("OAI-PMH > error").eachAttr("code"))
                .as(doc.toString())
                .containsExactly(code);
    }
}
