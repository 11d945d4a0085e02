package org.dateline.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.Workflow;
import org.dateline.ingest.Importer;
import org.dateline.ingest.ItemNdjson;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchParameters;
import org.dateline.search.SearchQuery;
import org.dateline.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/items, /items/{id} and /items/lookup over the sample archive: every parameter, as clients see it. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=true", ApiFixtures.PROPERTIES_CONTEXT})
@AutoConfigureMockMvc
class ItemsApiIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Importer importer;

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    SearchIndex index;

    @Autowired
    Taxonomy taxonomy;

    @BeforeEach
    void archive() {
        ApiFixtures.ensure(importer, workflow, catalog, index);
    }

    @Test
    void listsThePublishedItemsNewestFirstWithTotalPagingAndLinks() {
        JsonNode page = json("/api/v1/items");

        assertThat(page.get("total").asLong()).isEqualTo(44).isEqualTo(catalog.countPublished());
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("limit").asInt()).isEqualTo(20);
        assertThat(page.get("items")).hasSize(20);
        List<String> dates = texts(page.get("items"), "date");
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page.get("links").get("self").asString()).isEqualTo("http://localhost/api/v1/items");
        assertThat(page.get("links").get("next").asString())
                .isEqualTo("http://localhost/api/v1/items?cursor="
                        + page.get("next_cursor").asString());
    }

    @Test
    void followsTheNextLinksThroughEveryItemOnce() {
        List<String> ids = new ArrayList<>();
        String next = "/api/v1/items?limit=7&facets=none&fields=title";
        int pages = 0;
        while (next != null) {
            JsonNode page = json(next.replace("http://localhost", ""));
            ids.addAll(texts(page.get("items"), "id"));
            next = page.get("links").get("next").isNull()
                    ? null
                    : page.get("links").get("next").asString();
            pages++;
        }
        assertThat(pages).isEqualTo(7);
        assertThat(ids).hasSize(44).doesNotHaveDuplicates();
        assertThat(ids)
                .doesNotContain(
                        ApiFixtures.draft.id().toString(),
                        ApiFixtures.scheduled.id().toString());
    }

    @Test
    void pagesByNumberLikeTheSearchPage() {
        List<String> second = texts(json("/api/v1/items?limit=5&page=2").get("items"), "id");
        List<String> firstTen = texts(json("/api/v1/items?limit=10").get("items"), "id");

        assertThat(second).isEqualTo(firstTen.subList(5, 10));
        assertThat(json("/api/v1/items?limit=5&page=2").get("page").asInt()).isEqualTo(2);
    }

    @Test
    void answersTheSameResultsAsTheSharedSearchModel() {
        String query = "q=election&country=participating-states&sort=date&from=2000-01-01&to=2030-12-31&limit=50";
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(
                UriComponentsBuilder.fromUriString("/?" + query).build().getQueryParams());
        SearchQuery expected = SearchParameters.read(params, SearchQuery.of(""), 50);
        List<String> expectedIds = index.search(expected).hits().stream()
                .map(hit -> hit.id().toString())
                .toList();

        JsonNode page = json("/api/v1/items?" + query);

        assertThat(expectedIds).isNotEmpty();
        assertThat(texts(page.get("items"), "id")).isEqualTo(expectedIds);
        assertThat(page.get("total").asLong()).isEqualTo(index.search(expected).total());
    }

    @ParameterizedTest
    @CsvSource({
        "type=news, type, news",
        "type=news&type=event, type, news|event",
        "field=elections, fields_of_work, elections",
        "country=serbia, countries, serbia",
        "country=serbia&country=albania, countries, serbia|albania",
        "source=mission-to-montenegro, source, mission-to-montenegro",
        "meeting=annual-osce-asian-conferences, meeting_type, annual-osce-asian-conferences",
        "year=2018, date, 2018",
        "language=en, language, en"
    })
    void filtersByEachFacet(String filter, String field, String accepted) {
        JsonNode page = json("/api/v1/items?limit=100&" + filter);

        assertThat(page.get("total").asLong()).isPositive().isLessThan(44);
        assertThat(page.get("items")).hasSize(page.get("total").asInt());
        Set<String> values = Set.of(accepted.split("\\|"));
        for (JsonNode item : page.get("items")) {
            JsonNode value = item.get(field);
            List<String> found = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(term -> found.add(term.get("slug").asString()));
            } else if (value.isObject()) {
                found.add(value.get("slug").asString());
            } else if (field.equals("date")) {
                found.add(value.asString().substring(0, 4));
            } else {
                found.add(value.asString());
            }
            assertThat(found).as(item.get("title").asString()).containsAnyElementsOf(values);
        }
    }

    @Test
    void aStructureIncludesTheStructuresBelowIt() {
        long fieldOperations =
                json("/api/v1/items?source=field-operations").get("total").asLong();
        long serbia =
                json("/api/v1/items?source=mission-to-serbia").get("total").asLong();

        assertThat(fieldOperations).isGreaterThan(serbia);
    }

    @Test
    void boundsTheItemDateBothWaysInclusive() {
        JsonNode page = json("/api/v1/items?from=2018-09-01&to=2018-12-31&limit=100");

        assertThat(page.get("total").asInt()).isPositive();
        assertThat(texts(page.get("items"), "date"))
                .allSatisfy(date -> assertThat(date).isBetween("2018-09-01", "2018-12-31"));
    }

    @Test
    void searchesTextBestMatchFirstOrByDate() {
        JsonNode relevance = json("/api/v1/items?q=elections&limit=100");
        JsonNode byDate = json("/api/v1/items?q=elections&sort=date&limit=100");

        assertThat(relevance.get("total").asLong())
                .isPositive()
                .isEqualTo(byDate.get("total").asLong());
        assertThat(texts(byDate.get("items"), "date")).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(new HashSet<>(texts(relevance.get("items"), "id")))
                .isEqualTo(new HashSet<>(texts(byDate.get("items"), "id")));
    }

    @Test
    void countsFacetsWithSlugNameCountAndChildren() {
        JsonNode facets = json("/api/v1/items?country=serbia").get("facets");

        assertThat(names(facets)).containsExactly("type", "field", "country", "source", "meeting", "year", "language");
        JsonNode states = facets.get("country").get(0);
        assertThat(states.get("slug").asString()).isEqualTo("participating-states");
        assertThat(states.get("name").asString()).isEqualTo("Participating States");
        JsonNode serbia = find(states.get("children"), "serbia");
        assertThat(serbia.get("name").asString()).isEqualTo("Serbia");
        assertThat(serbia.get("selected").asBoolean()).isTrue();
        assertThat(serbia.get("count").asLong()).isEqualTo(2);
        assertThat(find(facets.get("type"), "press-release").get("name").asString())
                .isEqualTo("Press release");
        assertThat(find(facets.get("language"), "en").get("name").asString()).isEqualTo("English");
    }

    @Test
    void countsOnlyTheFacetsAskedFor() {
        assertThat(names(json("/api/v1/items?facets=country,year").get("facets")))
                .containsExactly("country", "year");
        assertThat(names(json("/api/v1/items?facets=none").get("facets"))).isEmpty();
        assertThat(names(json("/api/v1/items?facets=all").get("facets"))).hasSize(7);
    }

    @Test
    void writesTheSelectedFieldsWithIdAndUrlAlways() {
        JsonNode item = json("/api/v1/items?fields=title,date,countries&limit=1")
                .get("items")
                .get(0);

        assertThat(names(item)).containsExactly("id", "url", "title", "date", "countries");
        assertThat(names(json("/api/v1/items?limit=1").get("items").get(0)))
                .doesNotContain("body")
                .contains("summary", "source", "fields_of_work", "published_at");
    }

    @Test
    void writesAnItemInTheShapeOfTheNdjsonExport() {
        ContentItem item = catalog.findPublishedByPath(ApiFixtures.LEGACY_PATH).orElseThrow();
        JsonNode api = json("/api/v1/items/" + item.id());
        JsonNode ndjson = JSON.readTree(new ItemNdjson().write(item, taxonomy));

        for (String name : names(ndjson)) {
            if (!Set.of("url", "status").contains(name)) {
                assertThat(api.get(name)).as(name).isEqualTo(ndjson.get(name));
            }
        }
        assertThat(api.get("url").asString()).isEqualTo("http://localhost" + ApiFixtures.LEGACY_PATH);
        assertThat(api.get("path").asString()).isEqualTo(ApiFixtures.LEGACY_PATH);
        assertThat(api.get("date").asString()).isEqualTo("2008-08-08");
        assertThat(api.get("updated_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(api.get("body").asString()).isEqualTo("<p>Text.</p>");
    }

    @Test
    void writesTermsAsObjectsWithSlugAndName() {
        JsonNode tokyo =
                json("/api/v1/items?q=Tokyo&type=event&limit=1").get("items").get(0);

        assertThat(tokyo.get("source").toString())
                .isEqualTo("{\"slug\":\"secretariat\",\"name\":\"OSCE Secretariat\"}");
        assertThat(tokyo.get("countries").toString()).isEqualTo("[{\"slug\":\"japan\",\"name\":\"Japan\"}]");
        assertThat(tokyo.get("meeting_type").get("slug").asString()).isEqualTo("annual-osce-asian-conferences");
        assertThat(tokyo.get("date").asString()).isEqualTo("2018-09-03");
    }

    @Test
    void readsOneItemByIdWithEveryFieldOrTheSelectedOnes() {
        String id = json("/api/v1/items?limit=1").get("items").get(0).get("id").asString();

        JsonNode item = json("/api/v1/items/" + id);
        assertThat(names(item))
                .containsExactly(
                        "id",
                        "url",
                        "path",
                        "type",
                        "language",
                        "translation_group",
                        "translations",
                        "slug",
                        "title",
                        "summary",
                        "body",
                        "dateline",
                        "date",
                        "time",
                        "timezone",
                        "place",
                        "source",
                        "fields_of_work",
                        "countries",
                        "meeting_type",
                        "published_at",
                        "updated_at",
                        "legacy_url");
        assertThat(names(json("/api/v1/items/" + id + "?fields=body"))).containsExactly("id", "url", "body");
    }

    @Test
    void neverServesDraftsOrEmbargoedItems() {
        for (ContentItem hidden : List.of(ApiFixtures.draft, ApiFixtures.scheduled)) {
            assertThat(problem("/api/v1/items/" + hidden.id(), HttpStatus.NOT_FOUND)
                            .get("detail")
                            .asString())
                    .isEqualTo("No published item has the id " + hidden.id());
            assertThat(mvc.get().uri("/api/v1/items/lookup?url={path}", hidden.path()))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(json("/api/v1/items?q=polling%20stations&limit=100").toString())
                .doesNotContain("Unreleased draft", "Embargoed statement");
    }

    @ParameterizedTest
    @CsvSource({
        ApiFixtures.LEGACY_PATH,
        "http://localhost" + ApiFixtures.LEGACY_PATH,
        "https://www.osce.org" + ApiFixtures.LEGACY_PATH + "/",
        ApiFixtures.LEGACY_URL,
        "/eea/48017",
        "https://www.osce.org/eea/48017"
    })
    void looksAnItemUpByAnyAddressItHasHad(String address) {
        ContentItem item = catalog.findPublishedByPath(ApiFixtures.LEGACY_PATH).orElseThrow();

        MvcTestResult result = mvc.get()
                .uri("/api/v1/items/lookup?url={address}&fields=title", address)
                .exchange();

        assertThat(result).hasStatusOk().hasHeader("Content-Location", "http://localhost/api/v1/items/" + item.id());
        assertThat(body(result).get("title").asString()).isEqualTo("Legacy links keep working");
    }

    @Test
    void answersHeadLikeGet() {
        MvcTestResult get = mvc.get().uri("/api/v1/items?limit=3").exchange();
        MvcTestResult head = mvc.head().uri("/api/v1/items?limit=3").exchange();

        assertThat(head).hasStatusOk().hasHeader("ETag", get.getResponse().getHeader("ETag"));
    }

    private JsonNode json(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk().hasContentType("application/json");
        return body(result);
    }

    private JsonNode problem(String uri, HttpStatus status) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatus(status).hasContentType("application/problem+json");
        return body(result);
    }

    static JsonNode body(MvcTestResult result) {
        return JSON.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    static List<String> texts(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static JsonNode find(JsonNode values, String slug) {
        Map<String, JsonNode> bySlug = new LinkedHashMap<>();
        values.forEach(value -> bySlug.put(value.get("slug").asString(), value));
        return bySlug.get(slug);
    }
}
