package org.dateline.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.web.api.ItemsApiIntegrationTests.JSON;
import static org.dateline.web.api.ItemsApiIntegrationTests.body;
import static org.dateline.web.api.ItemsApiIntegrationTests.names;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import org.dateline.content.ContentCatalog;
import org.dateline.content.Workflow;
import org.dateline.ingest.Importer;
import org.dateline.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's contract: every answer of every endpoint validates against the schema the served OpenAPI 3.1 document
 * gives it, every bad request is an RFC 9457 problem naming what to change, and the HTTP behaviour clients rely
 * on (ETag and 304, Cache-Control, CORS) holds.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=true", ApiFixtures.PROPERTIES_CONTEXT})
@AutoConfigureMockMvc
class ApiContractIntegrationTests {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

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

    @BeforeEach
    void archive() {
        ApiFixtures.ensure(importer, workflow, catalog, index);
    }

    @Test
    void servesAnOpenApi31DocumentOfTheApiOnly() {
        JsonNode document = document();

        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(names(document.get("paths")))
                .containsExactlyInAnyOrder(
                        "/api/v1/items",
                        "/api/v1/items.{format}",
                        "/api/v1/items/bulk",
                        "/api/v1/items/{id}",
                        "/api/v1/items/lookup",
                        "/api/v1/vocabularies",
                        "/api/v1/vocabularies/{name}/terms");
        assertThat(names(document.get("components").get("schemas")))
                .contains("Item", "ItemList", "FacetValue", "TermRef", "Vocabulary", "TermNode", "Problem")
                .doesNotContain("ItemJson");
    }

    @Test
    void acceptsEveryQueryParameterTheDocumentNamesForItems() {
        List<String> documented = new ArrayList<>();
        document()
                .get("paths")
                .get("/api/v1/items")
                .get("get")
                .get("parameters")
                .forEach(parameter -> {
                    assertThat(parameter.get("in").asString()).isEqualTo("query");
                    documented.add(parameter.get("name").asString());
                });

        assertThat(documented)
                .containsExactlyInAnyOrder(
                        "q",
                        "type",
                        "field",
                        "country",
                        "source",
                        "meeting",
                        "year",
                        "language",
                        "from",
                        "to",
                        "sort",
                        "page",
                        "cursor",
                        "limit",
                        "fields",
                        "facets");
        for (String name : documented) {
            String value = switch (name) {
                case "from", "to" -> "2010-01-01";
                case "sort" -> "date";
                case "page", "limit", "year" -> "1";
                case "facets" -> "none";
                case "fields" -> "title";
                case "type" -> "news";
                case "field" -> "elections";
                case "country" -> "serbia";
                case "source" -> "secretariat";
                case "meeting" -> "ministerial-council-meetings";
                case "cursor" ->
                    index.search(org.dateline.search.SearchQuery.of("").withSize(1))
                            .nextCursor();
                default -> "x";
            };
            assertThat(mvc.get().uri("/api/v1/items?{name}={value}", name, value))
                    .as(name)
                    .hasStatusOk();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/items",
                "/api/v1/items?q=elections&country=participating-states&sort=date&limit=3",
                "/api/v1/items?fields=title,source,meeting_type,time,legacy_url&facets=country,type&limit=50",
                "/api/v1/items?limit=100&fields=id,url,path,type,language,translation_group,slug,title,summary,body,"
                        + "dateline,date,time,timezone,place,source,fields_of_work,countries,meeting_type,"
                        + "published_at,updated_at,legacy_url",
                "/api/v1/items?q=nothing-matches-this-at-all",
                "/api/v1/items?type=event&year=2018&facets=none",
                "/api/v1/vocabularies",
                "/api/v1/vocabularies/countries/terms",
                "/api/v1/vocabularies/structures/terms",
                "/api/v1/vocabularies/fields-of-work/terms",
                "/api/v1/vocabularies/meetings-and-conferences/terms"
            })
    void answersWhatTheDocumentDescribes(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();

        assertThat(result).hasStatusOk();
        String template =
                uri.replaceAll("\\?.*", "").replaceAll("/vocabularies/[^/]+/terms", "/vocabularies/{name}/terms");
        assertThat(violations(body(result), template, "200", "application/json"))
                .isEmpty();
    }

    @Test
    void answersSingleItemsAsTheDocumentDescribes() {
        for (JsonNode item :
                json("/api/v1/items?limit=100&facets=none&fields=title").get("items")) {
            String id = item.get("id").asString();
            assertThat(violations(json("/api/v1/items/" + id), "/api/v1/items/{id}", "200", "application/json"))
                    .as(id)
                    .isEmpty();
        }
        assertThat(violations(
                        json("/api/v1/items/lookup?url=" + ApiFixtures.LEGACY_URL),
                        "/api/v1/items/lookup",
                        "200",
                        "application/json"))
                .isEmpty();
    }

    @Test
    void wouldNoticeAnAnswerTheDocumentDoesNotDescribe() {
        ObjectNode item =
                (ObjectNode) json("/api/v1/items?limit=1").get("items").get(0);
        ObjectNode page = JSON.createObjectNode();
        page.put("total", 1).put("page", 1).put("limit", 1);
        page.putArray("items").add(item.put("status", "published"));

        assertThat(violations(page, "/api/v1/items", "200", "application/json")).isNotEmpty();
        assertThat(violations(item.put("date", "6 December 2006"), "/api/v1/items/{id}", "200", "application/json"))
                .isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/items?colour=blue|400|Unknown parameter colour; this endpoint takes|colour",
                "/api/v1/items?fields=title,colour|400|Unknown field colour; fields are id, url, path|fields",
                "/api/v1/items?from=2006-13-45|400|The date 2006-13-45 is not of the form 2006-12-31|",
                "/api/v1/items?to=yesterday|400|The date yesterday is not of the form 2006-12-31|",
                "/api/v1/items?from=2010-01-01&to=2009-01-01|400|The date range starts (2010-01-01) after it ends|",
                "/api/v1/items?limit=10000|400|The limit is 1 to 100 items a page, not 10000|limit",
                "/api/v1/items?limit=0|400|The limit is 1 to 100 items a page, not 0|limit",
                "/api/v1/items?limit=ten|400|The limit ten is no whole number|limit",
                "/api/v1/items?page=0|400|Pages count from 1, not from 0|",
                "/api/v1/items?page=two|400|Page two is no number|",
                "/api/v1/items?page=1000&limit=100|400|Pages reach the first 10000 results; go deeper with the cursor|",
                "/api/v1/items?sort=oldest|400|Unknown sort oldest; use relevance or date|",
                "/api/v1/items?cursor=not-a-cursor|400|The cursor does not belong to this search|",
                "/api/v1/items?cursor=bDEyMzQ|400|The cursor does not belong to this search|",
                "/api/v1/items?q=a&q=b|400|The parameter q takes one value, not 2|q",
                "/api/v1/items?facets=colour|400|Unknown facet colour; facets are type, field|facets",
                "/api/v1/items?country=atlantis|400|No country is called atlantis|country",
                "/api/v1/items?q=vienna&field=elections&field=weather|400|No field is called weather|field",
                "/api/v1/items?year=recent|400|No year is called recent; a year is a number such as 2006|year",
                "/api/v1/items?type=podcast|400|No type is called podcast; the types are press-release, news|type",
                "/api/v1/items/not-a-uuid|400|The id not-a-uuid is no UUID|id",
                "/api/v1/items/00000000-0000-0000-0000-000000000000|404|No published item has the id 00000000-0000|",
                "/api/v1/items/00000000-0000-0000-0000-000000000000?colour=blue|400|Unknown parameter colour|colour",
                "/api/v1/items/lookup|400|The parameter url is required|url",
                "/api/v1/items/lookup?url=eea/48017|400|is neither an absolute URL nor a path starting with /|url",
                "/api/v1/items/lookup?url=/no/such/page|404|No published item is known by the address /no/such/page|",
                "/api/v1/vocabularies?colour=blue|400|Unknown parameter colour; this endpoint takes no parameters|colour",
                "/api/v1/vocabularies/colours/terms|404|No vocabulary is called colours; the vocabularies are fields-of-work|",
            })
    void answersBadRequestsWithProblemDetails(String uri, int status, String detail, String parameter) {
        MvcTestResult result = mvc.get().uri(uri).exchange();

        assertThat(result)
                .hasStatus(status)
                .hasContentType("application/problem+json")
                .hasHeader("Cache-Control", "no-store");
        JsonNode problem = body(result);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString())
                .isEqualTo(HttpStatus.valueOf(status).getReasonPhrase());
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("instance").asString()).isEqualTo(uri.replaceAll("\\?.*", ""));
        if (parameter == null) {
            assertThat(problem.has("parameter")).isFalse();
        } else {
            assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        }
        assertThat(violations(problem, "#/components/schemas/Problem")).isEmpty();
    }

    @Test
    void refusesATooLongSearchText() {
        JsonNode problem =
                body(mvc.get().uri("/api/v1/items?q={q}", "a".repeat(501)).exchange());

        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString())
                .isEqualTo("The search text q holds at most 500 characters, not 501");
        assertThat(problem.get("parameter").asString()).isEqualTo("q");
    }

    @Test
    void refusesACursorOfAnotherSearch() {
        String byDate = json("/api/v1/items?limit=1").get("next_cursor").asString();

        MvcTestResult result = mvc.get()
                .uri("/api/v1/items?q=elections&sort=relevance&cursor={cursor}", byDate)
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType("application/problem+json");
    }

    @Test
    void answersUnknownEndpointsAndMethodsWithProblems() {
        MvcTestResult missing = mvc.get().uri("/api/v1/nothing-here").exchange();
        MvcTestResult post = mvc.post().uri("/api/v1/vocabularies").exchange();

        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND).hasContentType("application/problem+json");
        assertThat(body(missing).get("detail").asString())
                .isEqualTo("The API has no endpoint /api/v1/nothing-here; see /api/v1/openapi.json");
        // Every write needs a token first, so that no write endpoint is ever open by being left off a list.
        assertThat(post)
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith("application/problem+json")
                .hasHeader("WWW-Authenticate", "Bearer realm=\"dateline\"");
        assertThat(violations(body(missing), "#/components/schemas/Problem")).isEmpty();
        // Shaped like a legacy item path (/section/part/number), which the site would redirect or answer in HTML.
        assertThat(mvc.get().uri("/api/v1/48017"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/items?country=serbia",
                "/api/v1/items/lookup?url=/eea/48017",
                "/api/v1/vocabularies",
                "/api/v1/vocabularies/countries/terms",
                "/api/v1/openapi.json"
            })
    void answersAMatchingIfNoneMatchWithNotModified(String uri) {
        MvcTestResult first = mvc.get().uri(uri).exchange();
        String etag = first.getResponse().getHeader("ETag");

        assertThat(etag).startsWith("W/\"");
        assertThat(mvc.get().uri(uri).header("If-None-Match", etag))
                .hasStatus(HttpStatus.NOT_MODIFIED)
                .hasHeader("ETag", etag);
        assertThat(mvc.get().uri(uri).header("If-None-Match", "W/\"something-else\""))
                .hasStatusOk();
    }

    @Test
    void tagsEachAnswerByItsContent() {
        String serbia = mvc.get()
                .uri("/api/v1/items?country=serbia")
                .exchange()
                .getResponse()
                .getHeader("ETag");
        String albania = mvc.get()
                .uri("/api/v1/items?country=albania")
                .exchange()
                .getResponse()
                .getHeader("ETag");

        assertThat(serbia).isNotEqualTo(albania);
        assertThat(mvc.get().uri("/api/v1/items?country=albania").header("If-None-Match", serbia))
                .hasStatusOk();
    }

    @Test
    void letsAnswersBeCachedPubliclyForAMinute() {
        assertThat(mvc.get().uri("/api/v1/items")).hasHeader("Cache-Control", "max-age=60, public");
        assertThat(mvc.get().uri("/api/v1/vocabularies")).hasHeader("Cache-Control", "max-age=60, public");
    }

    @Test
    void letsAnyOriginReadButNotWrite() {
        assertThat(mvc.get().uri("/api/v1/items?limit=1").header("Origin", "https://example.com"))
                .hasStatusOk()
                .hasHeader("Access-Control-Allow-Origin", "*")
                .doesNotContainHeader("Access-Control-Allow-Credentials");
        assertThat(mvc.options()
                        .uri("/api/v1/items")
                        .header("Origin", "https://example.com")
                        .header("Access-Control-Request-Method", "GET"))
                .hasStatusOk()
                .hasHeader("Access-Control-Allow-Origin", "*")
                .hasHeader("Access-Control-Allow-Methods", "GET,HEAD");
        assertThat(mvc.options()
                        .uri("/api/v1/items")
                        .header("Origin", "https://example.com")
                        .header("Access-Control-Request-Method", "DELETE"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void listsTheVocabulariesWithTheirFilterParameters() {
        JsonNode vocabularies = json("/api/v1/vocabularies");

        assertThat(vocabularies).hasSize(4);
        assertThat(vocabularies.get(2).toString())
                .isEqualTo("{\"name\":\"countries\",\"title\":\"Countries\",\"parameter\":\"country\",\"terms\":"
                        + vocabularies.get(2).get("terms").asInt()
                        + ",\"url\":\"http://localhost/countries\","
                        + "\"terms_url\":\"http://localhost/api/v1/vocabularies/countries/terms\"}");
    }

    @Test
    void answersAVocabularyAsATree() {
        JsonNode roots = json("/api/v1/vocabularies/countries/terms");

        JsonNode states = roots.get(0);
        assertThat(states.get("slug").asString()).isEqualTo("participating-states");
        JsonNode serbia = null;
        for (JsonNode child : states.get("children")) {
            if (child.get("slug").asString().equals("serbia")) {
                serbia = child;
            }
        }
        assertThat(serbia).isNotNull();
        assertThat(serbia.get("name").asString()).isEqualTo("Serbia");
        assertThat(serbia.get("code").asString()).isEqualTo("RS");
        assertThat(serbia.get("url").asString()).isEqualTo("http://localhost/countries/serbia");
        assertThat(serbia.get("children")).isEmpty();
    }

    private JsonNode json(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return body(result);
    }

    private JsonNode document() {
        return json("/api/v1/openapi.json");
    }

    /** What in the body breaks the schema the document gives the answer (status, media type) of the path's GET. */
    private List<String> violations(JsonNode body, String path, String status, String mediaType) {
        JsonNode schema = document()
                .get("paths")
                .get(path)
                .get("get")
                .get("responses")
                .get(status)
                .get("content")
                .get(mediaType)
                .get("schema");
        assertThat(schema).as(path + " " + status + " " + mediaType).isNotNull();
        return validate(body, schema);
    }

    private List<String> violations(JsonNode body, String reference) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$ref", reference);
        return validate(body, schema);
    }

    /** Validates against the schema with the document's components beside it, where its references point. */
    private List<String> validate(JsonNode body, JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document().get("components"));
        root.putArray("allOf").add(schema);
        return SCHEMAS.getSchema(root).validate(body).stream()
                .map(Error::toString)
                .toList();
    }
}
