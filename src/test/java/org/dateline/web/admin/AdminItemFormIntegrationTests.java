package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.ItemStatus;
import org.dateline.content.Workflow;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The item form end to end on the server: validation messages next to their fields, hostile input inert on
 * every page that shows it, SQL metacharacters kept literally, the path from draft to public page with a
 * correction note, and nothing public before publication.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminItemFormIntegrationTests {

    static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><svg onload=alert(3)>";
    static final String SQL = "O'Brien\"; DROP TABLE content_item; -- 100% _done_ \\";

    @Autowired
    MockMvc mvc;

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

    AdminFixtures fixtures;

    @BeforeAll
    void createAccounts() {
        fixtures = new AdminFixtures(accounts, taxonomy, workflow);
    }

    @Test
    void showsEachValidationMessageNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse response = perform(
                post("/admin/items")
                        .param("type", "press-release")
                        .param("language", "en")
                        .param("title", " ")
                        .param("summary", "Kept summary")
                        .param("date", "2026-02-30")
                        .param("time", "25:00")
                        .param("slug", "Not A Slug")
                        .param("sourceId", String.valueOf(fixtures.structureA)),
                AdminFixtures.EDITOR_A);

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#title-error").text()).isEqualTo("This field is required.");
        assertThat(page.select("#date-error").text()).isEqualTo("Enter a date such as 2026-03-02.");
        assertThat(page.select("#time-error").text()).isEqualTo("Enter a time such as 14:30.");
        assertThat(page.select("#slug-error").text()).isEqualTo("Use lower-case letters, digits and single hyphens.");
        assertThat(page.select("#summary").text()).isEqualTo("Kept summary");
        assertThat(page.select(".form-error").text()).isEqualTo("Please correct the fields marked below.");
    }

    @Test
    void anEditorMustChooseOneOfTheirStructures() throws Exception {
        MockHttpServletResponse response = perform(
                post("/admin/items")
                        .param("type", "press-release")
                        .param("language", "en")
                        .param("title", "No source")
                        .param("date", "2026-03-02")
                        .param("sourceId", ""),
                AdminFixtures.EDITOR_A);

        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#sourceId-error")
                        .text())
                .isEqualTo("Choose one of your structures.");
        Document form = Jsoup.parse(
                perform(get("/admin/items/new"), AdminFixtures.EDITOR_A).getContentAsString());
        assertThat(form.select("#sourceId option[value]").eachAttr("value"))
                .containsExactly("", String.valueOf(fixtures.structureA));
    }

    @Test
    void hostileInputInEveryTextFieldIsInertOnThePublicPageAndInTheBackOffice() throws Exception {
        String title = "Title " + SCRIPT + " " + UUID.randomUUID();
        String body = "<p>Body</p>" + SCRIPT + "<a href=\"javascript:alert(4)\">link</a>"
                + "<p onclick=\"alert(5)\" style=\"x\">para</p>";
        ContentItem item = create(
                itemForm(post("/admin/items"), title)
                        .param("summary", "Summary " + SCRIPT)
                        .param("dateline", "Dateline " + SCRIPT)
                        .param("place", "Place " + SCRIPT)
                        .param("body", body),
                AdminFixtures.PUBLISHER_A);
        perform(post("/admin/items/" + item.id() + "/publish").with(csrf()), AdminFixtures.PUBLISHER_A);
        perform(
                itemForm(post("/admin/items/" + item.id()), title)
                        .param("summary", "Summary " + SCRIPT)
                        .param("dateline", "Dateline " + SCRIPT)
                        .param("place", "Place " + SCRIPT)
                        .param("body", body)
                        .param("correctionNote", "Note " + SCRIPT),
                AdminFixtures.PUBLISHER_A);
        ContentItem published = catalog.findById(item.id()).orElseThrow();

        Document publicPage = page(published.path(), null);
        assertInert(publicPage);
        assertThat(publicPage.select("h1").text()).isEqualTo(title);
        assertThat(publicPage.select(".standfirst").text()).isEqualTo("Summary " + SCRIPT);
        assertThat(publicPage.select(".corrections li").text()).endsWith("Note " + SCRIPT);
        assertThat(publicPage.select(".item-body").html())
                .doesNotContain("javascript")
                .doesNotContain("onclick");
        assertThat(publicPage.select(".item-body p").eachText()).contains("Body", "para");

        for (String uri :
                List.of("/admin", "/admin/items/" + item.id() + "/edit", "/admin/items/" + item.id() + "/preview")) {
            Document adminPage = page(uri, AdminFixtures.PUBLISHER_A);
            assertInert(adminPage);
            assertThat(adminPage.text()).contains(title);
        }
        Document form = page("/admin/items/" + item.id() + "/edit", AdminFixtures.PUBLISHER_A);
        assertThat(form.select("#place").attr("value")).isEqualTo("Place " + SCRIPT);
        assertThat(form.select("#dateline").attr("value")).isEqualTo("Dateline " + SCRIPT);
    }

    @Test
    void sqlMetacharactersAreStoredAndShownLiterally() throws Exception {
        String title = SQL + " " + UUID.randomUUID();
        ContentItem item = create(itemForm(post("/admin/items"), title).param("place", SQL), AdminFixtures.EDITOR_A);

        assertThat(item.title()).isEqualTo(title);
        assertThat(item.place()).isEqualTo(SQL);
        Document form = page("/admin/items/" + item.id() + "/edit", AdminFixtures.EDITOR_A);
        assertThat(form.select("#title").attr("value")).isEqualTo(title);
        assertThat(page("/admin", AdminFixtures.EDITOR_A)
                        .select("#status-draft td a")
                        .eachText())
                .contains(title);
        workflow.publish(item.id(), item.createdAt());
        assertThat(page(item.path(), null).select("h1").text()).isEqualTo(title);
    }

    @Test
    void anItemGoesFromDraftThroughReviewToThePublicSiteWithACorrectionNote() throws Exception {
        String title = "Mission supports local elections " + UUID.randomUUID();
        ContentItem draft = create(itemForm(post("/admin/items"), title), AdminFixtures.EDITOR_A);
        assertThat(draft.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(draft.sourceId()).isEqualTo(fixtures.structureA);
        assertThat(mvc.perform(get(draft.path())).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        perform(post("/admin/items/" + draft.id() + "/submit").with(csrf()), AdminFixtures.EDITOR_A);
        assertThat(page("/admin", AdminFixtures.PUBLISHER_A)
                        .select("#status-in_review td a")
                        .eachText())
                .contains(title);
        assertThat(page("/admin/items/" + draft.id() + "/preview", AdminFixtures.PUBLISHER_A)
                        .select(".preview-banner")
                        .text())
                .isEqualTo("Preview of an item that is In review. Readers see it only once it is published.");
        assertThat(mvc.perform(get(draft.path())).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        perform(post("/admin/items/" + draft.id() + "/publish").with(csrf()), AdminFixtures.PUBLISHER_A);
        assertThat(page(draft.path(), null).select("h1").text()).isEqualTo(title);

        perform(
                itemForm(post("/admin/items/" + draft.id()), title).param("correctionNote", "The place was corrected."),
                AdminFixtures.PUBLISHER_A);
        Element corrections = page(draft.path(), null).selectFirst(".corrections");
        assertThat(corrections.select("h2").text()).isEqualTo("Corrections");
        String correctedAt =
                catalog.corrections(draft.id()).get(0).correctedAt().toString();
        assertThat(corrections.select("li time").attr("datetime")).isEqualTo(correctedAt);
        assertThat(corrections.select("li").text()).endsWith(": The place was corrected.");
    }

    @Test
    void aScheduledItemIsNotPublicAndShowsItsTimeInTheForm() throws Exception {
        ContentItem review = fixtures.inReview(fixtures.structureA, "Embargoed " + UUID.randomUUID());

        MockHttpServletResponse response = perform(
                post("/admin/items/" + review.id() + "/schedule")
                        .param("publishAt", "2099-05-01T09:30")
                        .with(csrf()),
                AdminFixtures.PUBLISHER_A);

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/items/" + review.id() + "/edit?scheduled");
        assertThat(catalog.findById(review.id()).orElseThrow().status()).isEqualTo(ItemStatus.SCHEDULED);
        assertThat(mvc.perform(get(review.path())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(page("/admin/items/" + review.id() + "/edit", AdminFixtures.PUBLISHER_A)
                        .select("#publishAt")
                        .attr("value"))
                .isEqualTo("2099-05-01T09:30");
    }

    @Test
    void schedulingInThePastIsRefusedWithAMessage() throws Exception {
        ContentItem review = fixtures.inReview(fixtures.structureA, "Too late " + UUID.randomUUID());

        MockHttpServletResponse response = perform(
                post("/admin/items/" + review.id() + "/schedule")
                        .param("publishAt", "2001-01-01T00:00")
                        .with(csrf()),
                AdminFixtures.PUBLISHER_A);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".form-error")
                        .text())
                .contains("only be scheduled for the future");
        assertThat(catalog.findById(review.id()).orElseThrow().status()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    void anEditorTranslatesAnItemIntoAnotherLanguage() throws Exception {
        ContentItem original = fixtures.published(fixtures.structureA, "Mission to Serbia opens a youth office");
        Document edit = page("/admin/items/" + original.id() + "/edit", AdminFixtures.PUBLISHER_A);
        assertThat(edit.select(".translations p").first().text()).isEqualTo("This item is in no other language yet.");

        // An editor may not change the published original, but reaches the translation from its preview.
        Document preview = page("/admin/items/" + original.id() + "/preview", AdminFixtures.EDITOR_A);
        assertThat(preview.selectFirst("#add-translation").attr("href"))
                .isEqualTo(edit.selectFirst("#add-translation").attr("href"));
        Document form = page(preview.selectFirst("#add-translation").attr("href"), AdminFixtures.EDITOR_A);
        assertThat(form.selectFirst("h1").text()).isEqualTo("New translation");
        assertThat(form.selectFirst(".translation-of").text())
                .isEqualTo("A translation of Mission to Serbia opens a youth office (English)");
        // What a translation shares with its original comes filled in; the text and the language are the translator's.
        assertThat(form.selectFirst("input[name=translationOf]").val())
                .isEqualTo(original.id().toString());
        assertThat(form.selectFirst("#date").val()).isEqualTo(original.date().toString());
        assertThat(form.selectFirst("#sourceId option[selected]").val()).isEqualTo(String.valueOf(fixtures.structureA));
        assertThat(form.selectFirst("#title").val()).isEmpty();
        assertThat(form.selectFirst("#language").val()).isEmpty();
        // The translator picks the language from the list the field offers, or types another tag.
        assertThat(form.select("#" + form.selectFirst("#language").attr("list") + " option[value=ru]")
                        .attr("label"))
                .isEqualTo("Russian");

        ContentItem translation = create(
                post("/admin/items")
                        .param("translationOf", original.id().toString())
                        .param("type", "press-release")
                        .param("language", "sr-Cyrl")
                        .param("title", "Мисија у Србији отвара канцеларију за младе")
                        .param("date", original.date().toString())
                        .param("sourceId", String.valueOf(fixtures.structureA)),
                AdminFixtures.EDITOR_A);

        assertThat(translation.translationGroup()).isEqualTo(original.translationGroup());
        assertThat(translation.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(page("/admin/items/" + original.id() + "/edit", AdminFixtures.PUBLISHER_A)
                        .select(".translations li")
                        .eachText())
                .containsExactly("Serbian (Cyrillic): Мисија у Србији отвара канцеларију за младе Draft");
        assertThat(page("/admin/items/" + translation.id() + "/edit", AdminFixtures.EDITOR_A)
                        .select(".translations li")
                        .eachText())
                .containsExactly("English: Mission to Serbia opens a youth office Published");

        // A second item in a language the group already has is refused, with the reason next to the language.
        MockHttpServletResponse twice = perform(
                post("/admin/items")
                        .param("translationOf", original.id().toString())
                        .param("type", "press-release")
                        .param("language", "en")
                        .param("title", "Another English version")
                        .param("date", original.date().toString())
                        .param("sourceId", String.valueOf(fixtures.structureA)),
                AdminFixtures.EDITOR_A);
        assertThat(twice.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(twice.getContentAsString(StandardCharsets.UTF_8))
                        .selectFirst("#language-error")
                        .text())
                .contains("Another item of its translation group is in en already");
    }

    @Test
    void savingAnItemKeepsTheOrderOfItsFieldsOfWorkAndCountries() throws Exception {
        long youth = taxonomy.find(Vocabulary.FIELD_OF_WORK, new Slug("youth"))
                .orElseThrow()
                .id();
        long elections = taxonomy.find(Vocabulary.FIELD_OF_WORK, new Slug("elections"))
                .orElseThrow()
                .id();
        long media = taxonomy.find(Vocabulary.FIELD_OF_WORK, new Slug("media-freedom-and-development"))
                .orElseThrow()
                .id();
        ContentItem stored = workflow.save(ContentFixtures.item(ContentType.NEWS, "Young voters meet candidates")
                .date(2026, 3, 2)
                .source(fixtures.structureA)
                .fieldsOfWork(youth, elections)
                .build());

        // The list box sends its choices in the vocabulary's order, elections before youth, and a new one.
        MockHttpServletResponse response = perform(
                post("/admin/items/" + stored.id())
                        .param("type", "news")
                        .param("language", "en")
                        .param("title", stored.title())
                        .param("date", "2026-03-02")
                        .param("sourceId", String.valueOf(fixtures.structureA))
                        .param("fieldOfWorkIds", String.valueOf(elections))
                        .param("fieldOfWorkIds", String.valueOf(media))
                        .param("fieldOfWorkIds", String.valueOf(youth)),
                AdminFixtures.EDITOR_A);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        assertThat(catalog.findById(stored.id()).orElseThrow().fieldOfWorkIds())
                .containsExactly(youth, elections, media);
    }

    @Test
    void onlyWhoMayEditAnItemTranslatesIt() throws Exception {
        ContentItem original = fixtures.published(fixtures.structureA, "Mission to Serbia trains court clerks");

        assertThat(perform(get("/admin/items/new?translationOf=" + original.id()), AdminFixtures.EDITOR_B)
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(
                                post("/admin/items")
                                        .param("translationOf", original.id().toString())
                                        .param("type", "press-release")
                                        .param("language", "fr")
                                        .param("title", "Une traduction")
                                        .param("date", original.date().toString())
                                        .param("sourceId", String.valueOf(fixtures.structureB)),
                                AdminFixtures.EDITOR_B)
                        .getStatus())
                .isEqualTo(403);
        assertThat(catalog.translationsOf(original)).isEmpty();
    }

    private static void assertInert(Document page) {
        // JSON-LD is data, not script; its escaping is checked by the feeds module's tests.
        assertThat(page.select("script:not([src]):not([type=application/ld+json])"))
                .isEmpty();
        assertThat(page.select("script").eachAttr("src")).allMatch(src -> src.startsWith("/js/"));
        assertThat(page.select("svg[onload], [onerror], [onclick], [onload]")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
    }

    private ContentItem create(MockHttpServletRequestBuilder request, String username) throws Exception {
        MockHttpServletResponse response = perform(request, username);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        String id = response.getRedirectedUrl().replaceAll("^/admin/items/([^/]+)/edit.*$", "$1");
        return catalog.findById(UUID.fromString(id)).orElseThrow();
    }

    private MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder request, String title) {
        return request.param("type", "press-release")
                .param("language", "en")
                .param("title", title)
                .param("date", "2026-03-02")
                .param("sourceId", String.valueOf(fixtures.structureA));
    }

    private Document page(String uri, String username) throws Exception {
        MockHttpServletResponse response =
                username == null ? mvc.perform(get(uri)).andReturn().getResponse() : perform(get(uri), username);
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(signIn.principalOf(username))).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
