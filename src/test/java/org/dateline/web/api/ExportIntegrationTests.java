package org.dateline.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.ingest.ItemExport;
import org.dateline.ingest.ItemNdjson;
import org.dateline.ingest.ItemRecord;
import org.dateline.ingest.TermReference;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/items.ndjson} and {@code .csv}: every published item a search matches, as an attachment. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=export"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    SearchIndex index;

    ContentItem workshop;
    ContentItem forum;
    ContentItem serbiaNews;

    @BeforeAll
    void writeArchive() {
        workshop = publish(ContentFixtures.item(ContentType.PRESS_RELEASE, "Workshop on labour migration in Moscow")
                .date(2006, 12, 6)
                .summary("A two-day workshop on labour migration management.")
                .dateline("MOSCOW, 6 December 2006")
                .source(term(Vocabulary.STRUCTURE, "secretariat").id())
                .fieldsOfWork(
                        term(Vocabulary.FIELD_OF_WORK, "migration").id(),
                        term(Vocabulary.FIELD_OF_WORK, "rule-of-law").id())
                .countries(term(Vocabulary.COUNTRY, "russian-federation").id()));
        forum = publish(ContentFixtures.item(ContentType.EVENT, "Forum; \"concluding\" meeting, Prague")
                .date(2025, 5, 21)
                .time(java.time.LocalTime.of(10, 0))
                .zone("Europe/Prague")
                .place("Prague, Czernin Palace")
                .summary("The Forum closes.\nSecond line.")
                .meetingType(term(Vocabulary.MEETING_TYPE, "economic-and-environmental-forum")
                        .id()));
        serbiaNews = publish(ContentFixtures.item(ContentType.NEWS, "Mission to Serbia trains judges in Niš")
                .date(2011, 9, 8)
                .language("sr")
                .countries(term(Vocabulary.COUNTRY, "serbia").id()));
        workflow.save(ContentFixtures.item(ContentType.NEWS, "Unpublished draft about Serbia")
                .date(2011, 9, 9)
                .countries(term(Vocabulary.COUNTRY, "serbia").id())
                .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of("")).total() == catalog.countPublished());
    }

    private ContentItem publish(ContentFixtures.Builder builder) {
        ContentItem saved = workflow.save(builder.build());
        return workflow.publish(saved.id(), Instant.parse("2020-01-01T00:00:00Z"));
    }

    private Term term(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow();
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void exportsEveryPublishedItemAsNdjsonInTheImportsShape() {
        MvcTestResult result = mvc.get().uri("/api/v1/items.ndjson").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/x-ndjson");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"dateline-items-\\d{4}-\\d{2}-\\d{2}\\.ndjson\"");
        String body = body(result);
        assertThat(body).endsWith("\n");
        List<ItemRecord> records =
                body.lines().map(line -> new ItemNdjson().read(line)).toList();
        assertThat(records)
                .extracting(ItemRecord::id)
                .containsExactlyInAnyOrder(workshop.id(), forum.id(), serbiaNews.id());
        ItemRecord exported = records.stream()
                .filter(record -> record.id().equals(workshop.id()))
                .findFirst()
                .orElseThrow();
        assertThat(exported.title()).isEqualTo(workshop.title());
        assertThat(exported.type()).isEqualTo(ContentType.PRESS_RELEASE);
        assertThat(exported.date()).isEqualTo(LocalDate.of(2006, 12, 6));
        assertThat(exported.dateline()).isEqualTo("MOSCOW, 6 December 2006");
        assertThat(exported.body()).isEqualTo(workshop.body());
        assertThat(exported.publishedAt()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(exported.fieldsOfWork()).extracting(TermReference::slug).containsExactly("migration", "rule-of-law");
        assertThat(exported.countries()).extracting(TermReference::slug).containsExactly("russian-federation");
        assertThat(exported.source().slug()).isEqualTo("secretariat");
    }

    @Test
    void exportsOnlyWhatTheSearchMatchesNewestFirst() {
        String serbia =
                body(mvc.get().uri("/api/v1/items.ndjson?country=serbia").exchange());
        String since2010 =
                body(mvc.get().uri("/api/v1/items.ndjson?from=2010-01-01").exchange());
        String text = body(mvc.get()
                .uri("/api/v1/items.ndjson?q=concluding&sort=relevance&page=2")
                .exchange());

        assertThat(ids(serbia)).containsExactly(serbiaNews.id().toString());
        assertThat(ids(since2010))
                .containsExactly(forum.id().toString(), serbiaNews.id().toString());
        assertThat(ids(text)).containsExactly(forum.id().toString());
        assertThat(body(mvc.get()
                        .uri("/api/v1/items.csv?q=nothing-matches-this")
                        .exchange()))
                .isEqualTo(String.join(",", ItemExport.CSV_COLUMNS) + "\r\n");
    }

    @Test
    void exportsCsvWithAHeaderOneRowAnItemQuotedWhereNeededAndTermsJoinedByBars() {
        MvcTestResult result =
                mvc.get().uri("/api/v1/items.csv?from=2006-01-01&to=2006-12-31").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"dateline-items-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        String[] rows = body(result).split("\r\n");
        assertThat(rows[0])
                .isEqualTo("id,type,language,date,time,timezone,title,summary,dateline,place,source,fields_of_work,"
                        + "countries,meeting_type,url,legacy_url,published_at,updated_at,body");
        assertThat(rows[1])
                .startsWith(workshop.id() + ",press-release,en,2006-12-06,,,Workshop on labour migration in Moscow,"
                        + "A two-day workshop on labour migration management.,\"MOSCOW, 6 December 2006\",,"
                        + term(Vocabulary.STRUCTURE, "secretariat").name() + ",Migration|Rule of law,"
                        + term(Vocabulary.COUNTRY, "russian-federation").name() + ",," + workshop.path()
                        + ",,2020-01-01T00:00:00Z,");
        assertThat(rows).hasSize(2);

        String forumCsv = body(mvc.get().uri("/api/v1/items.csv?type=event").exchange());
        assertThat(forumCsv)
                .contains(",\"Forum; \"\"concluding\"\" meeting, Prague\",\"The Forum closes.\nSecond line.\",,"
                        + "\"Prague, Czernin Palace\",,,,Economic and Environmental Forum,");
    }

    @Test
    void answersParametersItCannotReadWithAProblem() {
        MvcTestResult result =
                mvc.get().uri("/api/v1/items.ndjson?from=yesterday").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(body(result));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isEqualTo("The date yesterday is not of the form 2006-12-31");
        assertThat(mvc.get().uri("/api/v1/items.csv?sort=popularity").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/items.csv?q=" + "x".repeat(501)).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesAFilterOnATermThatDoesNotExistBeforeOfferingAFile() {
        MvcTestResult result =
                mvc.get().uri("/api/v1/items.csv?country=atlantis").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(result.getResponse().getHeader("Content-Disposition")).isNull();
        JsonNode problem = JsonMapper.builder().build().readTree(body(result));
        assertThat(problem.get("detail").asString()).isEqualTo("No country is called atlantis");
        assertThat(problem.get("parameter").asString()).isEqualTo("country");
    }

    private static List<String> ids(String ndjson) {
        JsonMapper json = JsonMapper.builder().build();
        return ndjson.lines()
                .map(line -> json.readTree(line).get("id").asString())
                .toList();
    }
}
