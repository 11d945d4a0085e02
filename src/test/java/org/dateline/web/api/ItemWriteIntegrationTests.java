package org.dateline.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.security.Account;
import org.dateline.security.Accounts;
import org.dateline.security.ApiTokens;
import org.dateline.security.Grant;
import org.dateline.security.IssuedApiToken;
import org.dateline.security.Role;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing items over HTTP with API tokens: the token's life (shown once, hashed at rest, revoked, expired), what
 * each role may write, forged ids of another structure's items, bulk NDJSON with good and bad lines, limits, and
 * published items reaching the site and search.
 */
@SpringBootTest(
        properties = {
            "dateline.test.context=item-write",
            "dateline.api.max-item-size=16KB",
            "dateline.api.max-bulk-size=64KB"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemWriteIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient db;

    Account editorOfSerbia;
    Account publisherOfFieldOperations;
    String editorToken;
    String publisherToken;

    @BeforeAll
    void createAccountsAndTokens() {
        editorOfSerbia = accounts.add(
                "api-editor",
                "correct horse battery staple",
                false,
                List.of(new Grant(Role.EDITOR, id("mission-to-serbia"))));
        publisherOfFieldOperations = accounts.add(
                "api-publisher",
                "correct horse battery staple",
                false,
                List.of(new Grant(Role.PUBLISHER, id("field-operations"))));
        editorToken = tokens.issue(editorOfSerbia, "feed robot", List.of(id("mission-to-serbia")), null)
                .secret();
        publisherToken = tokens.issue(publisherOfFieldOperations, "wire robot", List.of(id("field-operations")), null)
                .secret();
    }

    @Test
    void createsADraftAnswersItsAddressAndThenReportsUnchangedAndUpdated() throws Exception {
        String legacy = "https://old.example.org/serbia/" + UUID.randomUUID();
        String item = item("Draft from the feed robot", "mission-to-serbia", null, legacy);

        MockHttpServletResponse created = perform(json(item), editorToken);

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.getContentAsString());
        assertThat(body.get("outcome").asString()).isEqualTo("created");
        assertThat(body.get("status").asString()).isEqualTo("draft");
        assertThat(created.getHeader("Location"))
                .isEqualTo("/api/v1/items/" + body.get("id").asString());
        ContentItem stored = catalog.findByLegacyUrl(legacy).orElseThrow();
        assertThat(stored.status()).isEqualTo(ItemStatus.DRAFT);

        MockHttpServletResponse again = perform(json(item), editorToken);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(again.getContentAsString()).get("outcome").asString())
                .isEqualTo("unchanged");

        MockHttpServletResponse changed = perform(
                json(item("Draft from the feed robot, corrected", "mission-to-serbia", "in_review", legacy)),
                editorToken);
        assertThat(changed.getStatus()).isEqualTo(200);
        JsonNode update = JSON.readTree(changed.getContentAsString());
        assertThat(update.get("outcome").asString()).isEqualTo("updated");
        assertThat(update.get("id").asString()).isEqualTo(stored.id().toString());
        assertThat(catalog.findById(stored.id()).orElseThrow().status()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    void aPublishersTokenPublishesAnItemThatReachesTheSiteAndSearch() throws Exception {
        String word = "zyx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String item = item("Mission publishes " + word, "mission-to-serbia", "published", null);

        MockHttpServletResponse response = perform(json(item), publisherToken);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.getContentAsString());
        assertThat(body.get("status").asString()).isEqualTo("published");
        MockHttpServletResponse page =
                mvc.perform(get(body.get("url").asString())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Mission publishes " + word);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of(word)).total() == 1);
    }

    @Test
    void anEditorsTokenMayNotPublishAndNothingIsWritten() throws Exception {
        String legacy = "https://old.example.org/serbia/" + UUID.randomUUID();

        MockHttpServletResponse response =
                perform(json(item("Editor tries to publish", "mission-to-serbia", "published", legacy)), editorToken);

        assertProblem(response, 403, "only a publisher's token may set the status \"published\"");
        assertThat(catalog.findByLegacyUrl(legacy)).isEmpty();
    }

    @Test
    void refusesAnItemOfAStructureOutsideTheTokensScope() throws Exception {
        String legacy = "https://old.example.org/secretariat/" + UUID.randomUUID();

        MockHttpServletResponse response =
                perform(json(item("Not my structure", "secretariat", null, legacy)), editorToken);

        assertProblem(response, 403, "the item's source is not one of this token's structures");
        assertThat(catalog.findByLegacyUrl(legacy)).isEmpty();
    }

    @Test
    void refusesAForgedIdOfAnotherStructuresItemAndLeavesItAlone() throws Exception {
        String legacy = "https://old.example.org/kosovo/" + UUID.randomUUID();
        perform(json(item("Kosovo draft", "mission-in-kosovo", null, legacy)), publisherToken);
        ContentItem kosovo = catalog.findByLegacyUrl(legacy).orElseThrow();
        String forged = """
                {"id": "%s", "type": "news", "title": "Taken over", "date": "2026-03-02",
                 "body": "<p>Text</p>", "source": "Mission to Serbia"}""".formatted(kosovo.id());

        MockHttpServletResponse response = perform(json(forged), editorToken);

        assertProblem(response, 403, "belongs to a structure this token may not write for");
        ContentItem after = catalog.findById(kosovo.id()).orElseThrow();
        assertThat(after.title()).isEqualTo("Kosovo draft");
        assertThat(after.sourceId()).isEqualTo(id("mission-in-kosovo"));
    }

    @Test
    void aTokenNarrowedToOneMissionMayNotWriteForAnotherOfItsOwnersMissions() throws Exception {
        String narrow = tokens.issue(publisherOfFieldOperations, "serbia only", List.of(id("mission-to-serbia")), null)
                .secret();

        MockHttpServletResponse other =
                perform(json(item("For Kosovo", "mission-in-kosovo", "published", null)), narrow);
        MockHttpServletResponse own = perform(json(item("For Serbia", "mission-to-serbia", "published", null)), narrow);

        assertProblem(other, 403, "not one of this token's structures");
        assertThat(own.getStatus()).isEqualTo(201);
    }

    @Test
    void anAdministratorsTokenNarrowedToAStructureWritesOnlyForIt() throws Exception {
        Account admin = accounts.add("api-admin", "correct horse battery staple", true, List.of());
        String narrow = tokens.issue(admin, "secretariat only", List.of(id("secretariat")), null)
                .secret();
        String everything = tokens.issue(admin, "everything", List.of(), null).secret();

        MockHttpServletResponse outside =
                perform(json(item("Admin for Serbia", "mission-to-serbia", "published", null)), narrow);
        MockHttpServletResponse inside =
                perform(json(item("Admin for Secretariat", "secretariat", "published", null)), narrow);
        MockHttpServletResponse anywhere =
                perform(json(item("Admin anywhere", "mission-to-serbia", "published", null)), everything);

        assertProblem(outside, 403, "not one of this token's structures");
        assertThat(inside.getStatus()).isEqualTo(201);
        assertThat(anywhere.getStatus()).isEqualTo(201);
    }

    @Test
    void anUpdateWithoutAStatusNeverWithdrawsAPublishedItem() throws Exception {
        String legacy = "https://old.example.org/serbia/" + UUID.randomUUID();
        perform(json(item("Public item", "mission-to-serbia", "published", legacy)), publisherToken);

        MockHttpServletResponse response =
                perform(json(item("Public item, changed", "mission-to-serbia", null, legacy)), publisherToken);

        assertProblem(response, 409, "give \"status\"");
        assertThat(catalog.findByLegacyUrl(legacy).orElseThrow().status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void answersBadItemsWithAProblemThatSaysWhatIsWrong() throws Exception {
        assertProblem(perform(json("{\"title\": "), editorToken), 400, "invalid JSON");
        assertProblem(
                perform(
                        json(
                                "{\"type\": \"poem\", \"title\": \"A\", \"date\": \"2026-03-02\", \"body\": \"<p>B</p>\"}"),
                        editorToken),
                400,
                "unknown type \"poem\"");
        assertProblem(
                perform(
                        json(
                                "{\"type\": \"news\", \"date\": \"2026-03-02\", \"body\": \"<p>B</p>\", \"source\": \"Mission to Serbia\"}"),
                        editorToken),
                400,
                "no title");
        assertProblem(perform(json(""), editorToken), 400, "no item");
        assertProblem(perform(json("x".repeat(17 * 1024)), editorToken), 413, "at most 16384 bytes");
    }

    @Test
    void writesBulkNdjsonLineByLineAndReportsEveryLine() throws Exception {
        String good = "https://old.example.org/bulk/" + UUID.randomUUID();
        String forbidden = "https://old.example.org/bulk/" + UUID.randomUUID();
        String ndjson = String.join(
                "\n",
                item("Bulk one", "mission-to-serbia", null, good).replace("\n", " "),
                "{not json",
                "",
                item("Bulk forbidden", "secretariat", null, forbidden).replace("\n", " "),
                "{\"type\": \"news\", \"date\": \"2026-03-02\", \"body\": \"<p>No title</p>\"}",
                item("Bulk one", "mission-to-serbia", null, good).replace("\n", " "));

        MockHttpServletResponse response = perform(ndjson(ndjson), editorToken);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.getContentAsString());
        assertThat(summary.get("created").asInt()).isEqualTo(1);
        assertThat(summary.get("unchanged").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(3);
        JsonNode items = summary.get("items");
        assertThat(items.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(items.get(0).get("outcome").asString()).isEqualTo("created");
        assertThat(items.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(items.get(1).get("error").asString()).startsWith("invalid JSON");
        assertThat(items.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(items.get(2).get("error").asString()).startsWith("forbidden: ");
        assertThat(items.get(3).get("line").asInt()).isEqualTo(5);
        assertThat(items.get(3).get("error").asString()).isEqualTo("no title");
        assertThat(items.get(4).get("outcome").asString()).isEqualTo("unchanged");
        assertThat(catalog.findByLegacyUrl(good)).isPresent();
        assertThat(catalog.findByLegacyUrl(forbidden)).isEmpty();
    }

    @Test
    void writesALargeBulkInLineOrderAndChecksEveryLineAgainstTheToken() throws Exception {
        // Short lines: the test's bulk limit is 64 KB.
        String run = "/lb-" + UUID.randomUUID().toString().substring(0, 8) + "/";
        String published = run + "published-before";
        perform(json(item("Published before the bulk", "mission-to-serbia", "published", published)), publisherToken);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            String source = i % 7 == 3 ? "secretariat" : "mission-to-serbia";
            String status = i % 5 == 0 ? null : "published";
            lines.add(item("Bulk " + i, source, status, run + i).replace("\n", " "));
        }
        // Without a status, an update of a public item is refused (it would withdraw it), among the others.
        lines.add(
                100,
                item("Published before the bulk, changed", "mission-to-serbia", null, published)
                        .replace("\n", " "));

        MockHttpServletResponse response = perform(ndjson(String.join("\n", lines)), publisherToken);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode items = JSON.readTree(response.getContentAsString()).get("items");
        assertThat(items).hasSize(lines.size());
        for (int line = 1; line <= lines.size(); line++) {
            JsonNode outcome = items.get(line - 1);
            assertThat(outcome.get("line").asInt()).isEqualTo(line);
            if (line == 101) {
                assertThat(outcome.get("error").asString())
                        .startsWith("forbidden: ")
                        .contains("give \"status\"");
                continue;
            }
            int i = line <= 100 ? line - 1 : line - 2;
            if (i % 7 == 3) {
                assertThat(outcome.get("error").asString())
                        .as("line %d", line)
                        .isEqualTo("forbidden: the item's source is not one of this token's structures");
                assertThat(catalog.findByLegacyUrl(run + i)).isEmpty();
                continue;
            }
            String status = i % 5 == 0 ? "draft" : "published";
            assertThat(outcome.get("outcome").asString()).as("line %d", line).isEqualTo("created");
            assertThat(outcome.get("status").asString()).as("line %d", line).isEqualTo(status);
            ContentItem stored = catalog.findByLegacyUrl(run + i).orElseThrow();
            assertThat(stored.id().toString()).isEqualTo(outcome.get("id").asString());
            assertThat(stored.status().name().toLowerCase(Locale.ROOT)).isEqualTo(status);
        }
        assertThat(catalog.findByLegacyUrl(published).orElseThrow().title()).isEqualTo("Published before the bulk");
        List<String> created = new ArrayList<>();
        items.forEach(outcome -> {
            if (outcome.has("outcome") && outcome.get("outcome").asString().equals("created")) {
                created.add(outcome.get("id").asString());
            }
        });
        assertThat(created).hasSize(260 - (260 + 3) / 7);
        assertThat(db.sql("SELECT subject FROM audit_event WHERE action = 'api.item.created' AND subject IN (:ids)")
                        .param("ids", created)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void refusesABulkBodyOverTheLimitAndOneThatIsNotNdjson() throws Exception {
        String line = item("Big", "mission-to-serbia", null, null).replace("\n", " ") + "\n";

        MockHttpServletResponse tooLarge = perform(ndjson(line.repeat(65 * 1024 / line.length() + 1)), editorToken);
        MockHttpServletResponse wrongType = perform(
                post("/api/v1/items/bulk").contentType("application/json").content(line), editorToken);

        assertProblem(tooLarge, 413, "at most 65536 bytes");
        assertProblem(wrongType, 415, "application/x-ndjson");
    }

    @Test
    void writesTheLinesBeforeTheLimitOfABodyOfUnknownLength() throws Exception {
        String line = item("Streamed", "mission-to-serbia", null, null).replace("\n", " ") + "\n";
        byte[] body = line.repeat(65 * 1024 / line.length() + 1).getBytes(StandardCharsets.UTF_8);
        // Sent in chunks, the body has no length to refuse it by before it is read.
        RequestBuilder chunked = servletContext -> {
            MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "POST", "/api/v1/items/bulk") {
                @Override
                public int getContentLength() {
                    return -1;
                }

                @Override
                public long getContentLengthLong() {
                    return -1;
                }
            };
            request.setContentType("application/x-ndjson");
            request.setContent(body);
            request.addHeader("Authorization", "Bearer " + editorToken);
            return request;
        };

        MockHttpServletResponse response = mvc.perform(chunked).andReturn().getResponse();

        assertProblem(response, 413, "at most 65536 bytes");
        JsonNode summary = JSON.readTree(response.getContentAsString()).get("summary");
        int read = summary.get("items").size();
        assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString())
                .contains("the " + read + " items before the limit were written");
        // Every whole line before the limit, but those in the reader's buffer when the limit was reached.
        assertThat(read).isGreaterThan(200).isLessThanOrEqualTo(64 * 1024 / line.length());
        assertThat(summary.get("created").asInt()).isEqualTo(1);
        assertThat(summary.get("unchanged").asInt()).isEqualTo(read - 1);
        assertThat(summary.get("items").get(read - 1).get("outcome").asString()).isEqualTo("unchanged");
        assertThat(catalog.findById(
                        UUID.fromString(summary.get("items").get(0).get("id").asString())))
                .isPresent();
    }

    @Test
    void showsTheSecretOnceAndKeepsOnlyItsHash() {
        IssuedApiToken issued = tokens.issue(editorOfSerbia, "hash check", List.of(id("mission-to-serbia")), null);

        Map<String, Object> row = db.sql("SELECT * FROM api_token WHERE id = :id")
                .param("id", issued.token().id())
                .query()
                .singleRow();

        assertThat(issued.secret()).startsWith("dl_").hasSize(46);
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(issued.secret()));
        assertThat(row.get("secret_hash")).isEqualTo(sha256(issued.secret()));
        assertThat(issued.token().prefix()).isEqualTo(issued.secret().substring(0, 11));
        assertThat(tokens.visibleTo(editorOfSerbia)).extracting(t -> t.name()).contains("hash check");
    }

    @Test
    void answersMissingUnknownRevokedAndExpiredTokensWithUnauthorized() throws Exception {
        String body = item("Should not land", "mission-to-serbia", null, null);
        IssuedApiToken revoked = tokens.issue(editorOfSerbia, "to revoke", List.of(id("mission-to-serbia")), null);
        tokens.revoke(revoked.token());
        IssuedApiToken expired = tokens.issue(
                editorOfSerbia,
                "to expire",
                List.of(id("mission-to-serbia")),
                Instant.now().plusSeconds(3600));
        db.sql("UPDATE api_token SET expires_at = :past WHERE id = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .param("id", expired.token().id())
                .update();

        MockHttpServletResponse missing = mvc.perform(json(body)).andReturn().getResponse();
        MockHttpServletResponse unknown = perform(json(body), "dl_" + "A".repeat(43));
        MockHttpServletResponse wasRevoked = perform(json(body), revoked.secret());
        MockHttpServletResponse hasExpired = perform(json(body), expired.secret());
        MockHttpServletResponse basic = mvc.perform(json(body).header("Authorization", "Basic YTpi"))
                .andReturn()
                .getResponse();

        assertProblem(missing, 401, "needs an API token");
        assertThat(missing.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"dateline\"");
        assertProblem(unknown, 401, "unknown");
        assertThat(unknown.getHeader("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertProblem(wasRevoked, 401, "revoked");
        assertProblem(hasExpired, 401, "expired");
        assertProblem(basic, 401, "bearer token");
    }

    @Test
    void aDisabledAccountsTokensStopWorking() throws Exception {
        Account account = accounts.add(
                "api-leaver",
                "correct horse battery staple",
                false,
                List.of(new Grant(Role.EDITOR, id("mission-to-serbia"))));
        String secret = tokens.issue(account, "leaver", List.of(id("mission-to-serbia")), null)
                .secret();
        accounts.disable("api-leaver");

        assertProblem(perform(json(item("Leaver", "mission-to-serbia", null, null)), secret), 401, "disabled");
    }

    @Test
    void leavesReadingTheApiAnonymous() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/api/v1/items")).andReturn().getResponse();

        assertThat(response.getStatus()).isNotEqualTo(401).isNotEqualTo(403);
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
    }

    @Test
    void refusesTokensThatAreNotTheOwnersToGive() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> tokens.issue(editorOfSerbia, "grab", List.of(id("secretariat")), null)))
                .hasMessageContaining("is not one of yours");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> tokens.issue(editorOfSerbia, "everything", List.of(), null)))
                .hasMessageContaining("at least one structure");
    }

    private long id(String slug) {
        return taxonomy.find(Vocabulary.STRUCTURE, new Slug(slug)).orElseThrow().id();
    }

    private static String item(String title, String source, String status, String legacyUrl) {
        return """
                {"type": "press-release", "title": "%s", "date": "2026-03-02", "body": "<p>BELGRADE, 2 March 2026 – %s.</p>",
                 "source": {"slug": "%s"}%s%s}""".formatted(
                        title,
                        title,
                        source,
                        status == null ? "" : ", \"status\": \"" + status + "\"",
                        legacyUrl == null ? "" : ", \"legacy_url\": \"" + legacyUrl + "\"");
    }

    private static MockHttpServletRequestBuilder json(String body) {
        return post("/api/v1/items").contentType("application/json").content(body);
    }

    private static MockHttpServletRequestBuilder ndjson(String body) {
        return post("/api/v1/items/bulk").contentType("application/x-ndjson").content(body);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String secret) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + secret))
                .andReturn()
                .getResponse();
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String detail) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    private static String sha256(String text) throws RuntimeException {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
