package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.content.Workflow;
import org.dateline.media.Media;
import org.dateline.media.MediaLibrary;
import org.dateline.media.MediaSamples;
import org.dateline.security.Account;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
import org.dateline.security.ApiTokens;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every back-office route and write action, for every kind of person: anonymous, editor of A, publisher of A,
 * editor of B and administrator; ids of another structure's items are forged into the URLs, and every write
 * is also tried without its CSRF token. The API's writes are tried with a token of each of them instead of a
 * session (no token: anonymous), with forged ids of another structure's items in the body.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAuthorizationMatrixIntegrationTests {

    enum Who {
        ANONYMOUS(null),
        EDITOR_OF_A(AdminFixtures.EDITOR_A),
        PUBLISHER_OF_A(AdminFixtures.PUBLISHER_A),
        EDITOR_OF_B(AdminFixtures.EDITOR_B),
        ADMIN(AdminFixtures.ADMIN);

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** Fresh items for each case, so that one case's action does not change another's. */
    record Items(
            ContentItem draftA,
            ContentItem reviewA,
            ContentItem publishedA,
            ContentItem draftB,
            String victim,
            long draftARevision,
            long tokenOfEditorA,
            long mediaOfDraftA,
            long mediaOfDraftB) {}

    enum Action {
        DASHBOARD(
                false,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.EDITOR_OF_B, Who.ADMIN),
                (f, i) -> get("/admin")),
        NEW_ITEM_FORM(
                false,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.EDITOR_OF_B, Who.ADMIN),
                (f, i) -> get("/admin/items/new")),
        CREATE_ITEM_OF_A(
                true,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> form(post("/admin/items"), f.structureA)),
        EDIT_FORM_OF_DRAFT_A(
                false,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> get("/admin/items/" + i.draftA().id() + "/edit")),
        EDIT_FORM_OF_DRAFT_B(
                false,
                EnumSet.of(Who.EDITOR_OF_B, Who.ADMIN),
                (f, i) -> get("/admin/items/" + i.draftB().id() + "/edit")),
        EDIT_FORM_OF_PUBLISHED_A(
                false,
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> get("/admin/items/" + i.publishedA().id() + "/edit")),
        SAVE_DRAFT_A(
                true,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> form(post("/admin/items/" + i.draftA().id()), f.structureA)),
        MOVE_DRAFT_A_TO_B(
                true,
                EnumSet.of(Who.ADMIN),
                (f, i) -> form(post("/admin/items/" + i.draftA().id()), f.structureB)),
        SAVE_DRAFT_B(
                true,
                EnumSet.of(Who.EDITOR_OF_B, Who.ADMIN),
                (f, i) -> form(post("/admin/items/" + i.draftB().id()), f.structureB)),
        SUBMIT_DRAFT_A(
                true,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> post("/admin/items/" + i.draftA().id() + "/submit")),
        PUBLISH_REVIEWED_A(
                true,
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> post("/admin/items/" + i.reviewA().id() + "/publish")),
        PUBLISH_DRAFT_B(
                true,
                EnumSet.of(Who.ADMIN),
                (f, i) -> post("/admin/items/" + i.draftB().id() + "/publish")),
        SCHEDULE_REVIEWED_A(
                true,
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) ->
                        post("/admin/items/" + i.reviewA().id() + "/schedule").param("publishAt", "2099-01-01T10:00")),
        UNPUBLISH_PUBLISHED_A(
                true,
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> post("/admin/items/" + i.publishedA().id() + "/unpublish")),
        EXPIRY_OF_PUBLISHED_A(
                true,
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> post("/admin/items/" + i.publishedA().id() + "/expiry")
                        .param("unpublishAt", "2099-01-01T10:00")),
        PREVIEW_DRAFT_A(
                false,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> get("/admin/items/" + i.draftA().id() + "/preview")),
        PREVIEW_DRAFT_B(
                false,
                EnumSet.of(Who.EDITOR_OF_B, Who.ADMIN),
                (f, i) -> get("/admin/items/" + i.draftB().id() + "/preview")),
        REVISIONS_OF_DRAFT_A(
                false,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> get("/admin/items/" + i.draftA().id() + "/revisions")),
        RESTORE_REVISION_OF_DRAFT_A(
                true,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> post("/admin/items/" + i.draftA().id() + "/revisions/" + i.draftARevision() + "/restore")),
        MEDIA_OF_DRAFT_A(
                false,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> get("/admin/items/" + i.draftA().id() + "/media")),
        MEDIA_FILE_OF_DRAFT_B(
                false,
                EnumSet.of(Who.EDITOR_OF_B, Who.ADMIN),
                (f, i) -> get("/admin/items/" + i.draftB().id() + "/media/" + i.mediaOfDraftB() + "/file")),
        UPLOAD_TO_DRAFT_A(
                true,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> multipart("/admin/items/" + i.draftA().id() + "/media")
                        .file(new MockMultipartFile("file", "note.txt", "text/plain", MediaSamples.text()))),
        UPLOAD_TO_PUBLISHED_A(
                true,
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> multipart("/admin/items/" + i.publishedA().id() + "/media")
                        .file(new MockMultipartFile("file", "note.txt", "text/plain", MediaSamples.text()))),
        REMOVE_MEDIA_OF_DRAFT_B(
                true,
                EnumSet.of(Who.EDITOR_OF_B, Who.ADMIN),
                (f, i) -> post("/admin/items/" + i.draftB().id() + "/media/" + i.mediaOfDraftB() + "/remove")),
        MOVE_MEDIA_OF_DRAFT_A(
                true,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> post("/admin/items/" + i.draftA().id() + "/media/" + i.mediaOfDraftA() + "/move")
                        .param("by", "1")),
        ADD_FIELD_OF_WORK(
                true,
                EnumSet.of(Who.ADMIN),
                (f, i) -> post("/admin/vocabularies/fields-of-work/terms").param("name", "Field " + UUID.randomUUID())),
        ACCOUNTS(false, EnumSet.of(Who.ADMIN), (f, i) -> get("/admin/accounts")),
        AUDIT_LOG(
                false, EnumSet.of(Who.ADMIN), (f, i) -> get("/admin/audit").param("username", AdminFixtures.EDITOR_A)),
        ADD_ACCOUNT(
                true,
                EnumSet.of(Who.ADMIN),
                (f, i) -> post("/admin/accounts")
                        .param("username", "new-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("password", AdminFixtures.PASSWORD)),
        GRANT_ROLE(
                true,
                EnumSet.of(Who.ADMIN),
                (f, i) -> post("/admin/accounts/" + i.victim() + "/grants")
                        .param("role", "PUBLISHER")
                        .param("structureId", String.valueOf(f.structureA))),
        DISABLE_ACCOUNT(true, EnumSet.of(Who.ADMIN), (f, i) -> post("/admin/accounts/" + i.victim() + "/disable")),
        TOKENS(
                false,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.EDITOR_OF_B, Who.ADMIN),
                (f, i) -> get("/admin/tokens")),
        CREATE_TOKEN_FOR_A(
                true,
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (f, i) -> post("/admin/tokens")
                        .param("name", "matrix")
                        .param("structureIds", String.valueOf(f.structureA))),
        REVOKE_TOKEN_OF_EDITOR_A(
                true,
                EnumSet.of(Who.EDITOR_OF_A, Who.ADMIN),
                (f, i) -> post("/admin/tokens/" + i.tokenOfEditorA() + "/revoke"));

        final boolean write;
        final Set<Who> allowed;
        final BiFunction<AdminFixtures, Items, AbstractMockHttpServletRequestBuilder<?>> request;

        Action(
                boolean write,
                Set<Who> allowed,
                BiFunction<AdminFixtures, Items, AbstractMockHttpServletRequestBuilder<?>> request) {
            this.write = write;
            this.allowed = allowed;
            this.request = request;
        }
    }

    /**
     * The API's writes. CSRF does not apply to them: a token is no ambient credential (no cookie a browser adds on
     * its own), so a cross-site page cannot make a request carry it; a signed-in session counts for nothing there.
     */
    enum ApiAction {
        CREATE_DRAFT_OF_A(
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (i, legacy) -> apiItem(null, "mission-to-serbia", null, legacy)),
        CREATE_PUBLISHED_OF_A(
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (i, legacy) -> apiItem(null, "mission-to-serbia", "published", legacy)),
        CREATE_DRAFT_OF_B(
                EnumSet.of(Who.EDITOR_OF_B, Who.ADMIN), (i, legacy) -> apiItem(null, "secretariat", null, legacy)),
        UPDATE_DRAFT_A(
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (i, legacy) -> apiItem(i.draftA().id(), "mission-to-serbia", null, null)),
        UPDATE_DRAFT_B(
                EnumSet.of(Who.EDITOR_OF_B, Who.ADMIN),
                (i, legacy) -> apiItem(i.draftB().id(), "secretariat", null, null)),
        MOVE_DRAFT_A_TO_B(
                EnumSet.of(Who.ADMIN), (i, legacy) -> apiItem(i.draftA().id(), "secretariat", null, null)),
        SUBMIT_DRAFT_A(
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (i, legacy) -> apiItem(i.draftA().id(), "mission-to-serbia", "in_review", null)),
        PUBLISH_REVIEWED_A(
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (i, legacy) -> apiItem(i.reviewA().id(), "mission-to-serbia", "published", null)),
        UPDATE_PUBLISHED_A(
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (i, legacy) -> apiItem(i.publishedA().id(), "mission-to-serbia", "published", null)),
        UNPUBLISH_PUBLISHED_A(
                EnumSet.of(Who.PUBLISHER_OF_A, Who.ADMIN),
                (i, legacy) -> apiItem(i.publishedA().id(), "mission-to-serbia", "unpublished", null)),
        BULK_DRAFT_OF_A(
                EnumSet.of(Who.EDITOR_OF_A, Who.PUBLISHER_OF_A, Who.ADMIN),
                (i, legacy) -> bulk(apiJson(null, "mission-to-serbia", null, legacy))),
        BULK_FORGED_UPDATE_OF_DRAFT_B(
                EnumSet.of(Who.EDITOR_OF_B, Who.ADMIN),
                (i, legacy) -> bulk(apiJson(i.draftB().id(), "secretariat", null, null)));

        final Set<Who> allowed;
        final BiFunction<Items, String, MockHttpServletRequestBuilder> request;

        ApiAction(Set<Who> allowed, BiFunction<Items, String, MockHttpServletRequestBuilder> request) {
            this.allowed = allowed;
            this.request = request;
        }

        boolean isBulk() {
            return name().startsWith("BULK");
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    MediaLibrary media;

    AdminFixtures fixtures;

    Map<Who, String> secrets = new EnumMap<>(Who.class);

    @BeforeAll
    void createAccounts() {
        fixtures = new AdminFixtures(accounts, taxonomy, workflow);
        long fieldOperations = taxonomy.find(Vocabulary.STRUCTURE, new Slug("field-operations"))
                .orElseThrow()
                .id();
        secrets.put(Who.EDITOR_OF_A, secret(Who.EDITOR_OF_A, List.of(fixtures.structureA)));
        secrets.put(Who.PUBLISHER_OF_A, secret(Who.PUBLISHER_OF_A, List.of(fieldOperations)));
        secrets.put(Who.EDITOR_OF_B, secret(Who.EDITOR_OF_B, List.of(fixtures.structureB)));
        secrets.put(Who.ADMIN, secret(Who.ADMIN, List.of()));
    }

    private String secret(Who who, List<Long> structures) {
        return tokens.issue(accounts.find(who.username).orElseThrow(), "matrix", structures, null)
                .secret();
    }

    static Stream<Arguments> everyActionForEveryone() {
        List<Arguments> cases = new ArrayList<>();
        for (Action action : Action.values()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(action, who));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> everyWriteForEveryoneSignedIn() {
        List<Arguments> cases = new ArrayList<>();
        for (Action action : Action.values()) {
            for (Who who : Who.values()) {
                if (action.write && who != Who.ANONYMOUS) {
                    cases.add(Arguments.of(action, who));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyActionForEveryone")
    void answersEachActionAsTheRoleAllows(Action action, Who who) throws Exception {
        Items items = items(action);
        var request = action.request.apply(fixtures, items);
        if (action.write) {
            request.with(csrf());
        }
        MockHttpServletResponse response = perform(request, who);

        if (who == Who.ANONYMOUS) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/admin/login");
        } else if (action.allowed.contains(who)) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 302);
            if (response.getStatus() == 302) {
                assertThat(response.getRedirectedUrl()).doesNotContain("login");
            }
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString()).contains("Not allowed");
            assertUnchanged(items);
        }
    }

    @ParameterizedTest(name = "{0} by {1} without CSRF token")
    @MethodSource("everyWriteForEveryoneSignedIn")
    void refusesEveryWriteWithoutACsrfToken(Action action, Who who) throws Exception {
        Items items = items(action);

        MockHttpServletResponse response = perform(action.request.apply(fixtures, items), who);

        assertThat(response.getStatus()).isEqualTo(403);
        assertUnchanged(items);
        if (items.victim() != null) {
            assertThat(accounts.find(items.victim()).orElseThrow().enabled()).isTrue();
        }
    }

    static Stream<Arguments> everyApiWriteForEveryone() {
        List<Arguments> cases = new ArrayList<>();
        for (ApiAction action : ApiAction.values()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(action, who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "API {0} with a token of {1}")
    @MethodSource("everyApiWriteForEveryone")
    void answersEachApiWriteAsTheTokensRoleAllows(ApiAction action, Who who) throws Exception {
        Items items = items(null);
        String legacy = "https://old.example.org/matrix/" + UUID.randomUUID();
        MockHttpServletRequestBuilder request = action.request.apply(items, legacy);
        if (who != Who.ANONYMOUS) {
            request.header("Authorization", "Bearer " + secrets.get(who));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        String body = response.getContentAsString();
        if (who == Who.ANONYMOUS) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        } else if (action.allowed.contains(who)) {
            assertThat(response.getStatus()).as(body).isIn(200, 201);
            if (action.isBulk()) {
                assertThat(body).contains("\"failed\":0");
            }
            return;
        } else if (action.isBulk()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(body).contains("\"failed\":1", "forbidden: ");
        } else {
            assertThat(response.getStatus()).as(body).isEqualTo(403);
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
        assertUnchanged(items);
        assertThat(catalog.findByLegacyUrl(legacy)).isEmpty();
    }

    @Test
    void aSignedInSessionWithoutATokenWritesNothingThroughTheApi() throws Exception {
        String legacy = "https://old.example.org/matrix/" + UUID.randomUUID();

        MockHttpServletResponse response =
                perform(apiItem(null, "mission-to-serbia", null, legacy).with(csrf()), Who.ADMIN);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(catalog.findByLegacyUrl(legacy)).isEmpty();
    }

    @Test
    void answersAnUnknownItemWithNotFound() throws Exception {
        MockHttpServletResponse response = perform(get("/admin/items/" + UUID.randomUUID() + "/edit"), Who.ADMIN);

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void aPublisherOfTheParentStructurePublishesAnItemOfAMission() throws Exception {
        ContentItem review = fixtures.inReview(fixtures.structureA, "Mission item to publish " + UUID.randomUUID());

        perform(post("/admin/items/" + review.id() + "/publish").with(csrf()), Who.PUBLISHER_OF_A);

        assertThat(catalog.findById(review.id()).orElseThrow().status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    // Only the account actions need an account to act on; hashing its password costs time.
    private Items items(Action action) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String victim = null;
        if (action == Action.GRANT_ROLE || action == Action.DISABLE_ACCOUNT) {
            victim = "victim-" + suffix;
            accounts.add(victim, AdminFixtures.PASSWORD, false, List.of());
        }
        ContentItem draftA = fixtures.draft(fixtures.structureA, "Draft of A " + suffix);
        ContentItem draftB = fixtures.draft(fixtures.structureB, "Draft of B " + suffix);
        long mediaOfDraftA = 0;
        long mediaOfDraftB = 0;
        if (action != null && action.name().contains("MEDIA")) {
            mediaOfDraftA = attach(draftA);
            mediaOfDraftB = attach(draftB);
        }
        return new Items(
                draftA,
                fixtures.inReview(fixtures.structureA, "Review of A " + suffix),
                fixtures.published(fixtures.structureA, "Published of A " + suffix),
                draftB,
                victim,
                catalog.revisions(draftA.id()).get(0).id(),
                tokens.issue(
                                accounts.find(AdminFixtures.EDITOR_A).orElseThrow(),
                                "matrix " + suffix,
                                List.of(fixtures.structureA),
                                null)
                        .token()
                        .id(),
                mediaOfDraftA,
                mediaOfDraftB);
    }

    private long attach(ContentItem item) {
        var upload = new MediaLibrary.Upload("note.txt", new ByteArrayInputStream(MediaSamples.text()), null, null);
        return media.add(item.id(), upload, AdminFixtures.ADMIN).id();
    }

    private void assertUnchanged(Items items) {
        for (ContentItem item : List.of(items.draftA(), items.reviewA(), items.publishedA(), items.draftB())) {
            ContentItem now = catalog.findById(item.id()).orElseThrow();
            assertThat(now.status()).isEqualTo(item.status());
            assertThat(now.title()).isEqualTo(item.title());
            assertThat(now.sourceId()).isEqualTo(item.sourceId());
            assertThat(workflow.unpublicationTime(item.id())).isEmpty();
            assertThat(media.forItem(item.id()))
                    .extracting(Media::id)
                    .containsExactlyElementsOf(
                            item == items.draftA() && items.mediaOfDraftA() != 0
                                    ? List.of(items.mediaOfDraftA())
                                    : item == items.draftB() && items.mediaOfDraftB() != 0
                                            ? List.of(items.mediaOfDraftB())
                                            : List.<Long>of());
        }
        if (items.victim() != null) {
            assertThat(accounts.find(items.victim()).orElseThrow().grants()).isEmpty();
        }
        Account admin = accounts.find(AdminFixtures.ADMIN).orElseThrow();
        assertThat(tokens.find(admin, items.tokenOfEditorA()).orElseThrow().revoked())
                .isFalse();
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, Who who)
            throws Exception {
        if (who.username != null) {
            request.with(user(signIn.principalOf(who.username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder apiItem(UUID id, String source, String status, String legacyUrl) {
        return post("/api/v1/items").contentType("application/json").content(apiJson(id, source, status, legacyUrl));
    }

    private static MockHttpServletRequestBuilder bulk(String line) {
        return post("/api/v1/items/bulk").contentType("application/x-ndjson").content(line + "\n");
    }

    private static String apiJson(UUID id, String source, String status, String legacyUrl) {
        return ("{\"type\": \"press-release\", \"title\": \"Changed by the matrix %s\", \"date\": \"2026-03-02\","
                        + " \"body\": \"<p>Text</p>\", \"source\": {\"slug\": \"%s\"}%s%s%s}")
                .formatted(
                        UUID.randomUUID(),
                        source,
                        id == null ? "" : ", \"id\": \"" + id + "\"",
                        status == null ? "" : ", \"status\": \"" + status + "\"",
                        legacyUrl == null ? "" : ", \"legacy_url\": \"" + legacyUrl + "\"");
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, long sourceId) {
        return request.param("type", "press-release")
                .param("language", "en")
                .param("title", "Changed by the matrix " + UUID.randomUUID())
                .param("date", "2026-03-02")
                .param("body", "<p>Text</p>")
                .param("sourceId", String.valueOf(sourceId));
    }
}
