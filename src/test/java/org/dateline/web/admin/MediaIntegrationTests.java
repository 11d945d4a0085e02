package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.dateline.content.ContentItem;
import org.dateline.content.Workflow;
import org.dateline.media.Media;
import org.dateline.media.MediaLibrary;
import org.dateline.media.MediaSamples;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
import org.dateline.security.AuditLog;
import org.dateline.taxonomy.Taxonomy;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads through the back office and what readers get: every accepted type, every kind of refusal with its message,
 * the headers files are served with, nothing of an unpublished item for anonymous readers, permissions, CSRF and the
 * audit log. Limits are small here (64 KB images, 128 KB documents) to test them with small files.
 */
@SpringBootTest(
        properties = {
            "dateline.ingest.sample-content=false",
            "dateline.test.context=media",
            "dateline.media.max-image-size=64KB",
            "dateline.media.max-document-size=128KB"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaIntegrationTests {

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
    MediaLibrary library;

    @Autowired
    AuditLog audit;

    AdminFixtures fixtures;

    @BeforeAll
    void createAccounts() {
        fixtures = new AdminFixtures(accounts, taxonomy, workflow);
    }

    record Sample(String name, byte[] bytes, String contentType, String disposition) {}

    @Test
    void acceptsEveryAllowedTypeAndServesItWithItsDetectedTypeOnThePublicPage() throws Exception {
        ContentItem item = fixtures.published(fixtures.structureA, "With media " + UUID.randomUUID());
        List<Sample> samples = List.of(
                new Sample("photo.png", MediaSamples.image("png"), "image/png", "inline"),
                new Sample("photo.JPG", MediaSamples.image("jpg"), "image/jpeg", "inline"),
                new Sample("animation.gif", MediaSamples.image("gif"), "image/gif", "inline"),
                new Sample("picture.webp", MediaSamples.webp(), "image/webp", "inline"),
                new Sample("report.pdf", MediaSamples.pdf(), "application/pdf", "attachment"),
                new Sample(
                        "letter.docx",
                        MediaSamples.docx(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "attachment"),
                new Sample(
                        "budget.xlsx",
                        MediaSamples.xlsx(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "attachment"),
                new Sample("minutes.odt", MediaSamples.odt(), "application/vnd.oasis.opendocument.text", "attachment"),
                new Sample("notes.txt", MediaSamples.text(), "text/plain;charset=UTF-8", "attachment"));
        for (Sample sample : samples) {
            MockHttpServletResponse response = upload(
                    item, sample.name(), sample.bytes(), "Alt of " + sample.name(), null, AdminFixtures.PUBLISHER_A);
            assertThat(response.getStatus())
                    .as(sample.name() + ": " + response.getContentAsString())
                    .isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/admin/items/" + item.id() + "/media?uploaded");
        }

        List<Media> stored = library.forItem(item.id());
        assertThat(stored)
                .extracting(Media::fileName)
                .containsExactlyElementsOf(samples.stream().map(Sample::name).toList());
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            MockHttpServletResponse file =
                    mvc.perform(get(stored.get(i).path())).andReturn().getResponse();
            assertThat(file.getStatus()).isEqualTo(200);
            assertThat(file.getContentType()).isEqualTo(sample.contentType());
            assertThat(file.getContentAsByteArray()).isEqualTo(sample.bytes());
            assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(file.getHeader("Content-Disposition")).startsWith(sample.disposition() + "; filename=");
            assertThat(file.getHeader("ETag")).isEqualTo("\"" + stored.get(i).sha256() + "\"");
            assertThat(file.getHeader("Cache-Control")).isEqualTo("public, max-age=86400");
            assertThat(mvc.perform(get(stored.get(i).path()).header("If-None-Match", file.getHeader("ETag")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(304);
        }

        Document page = Jsoup.parse(
                mvc.perform(get(item.path())).andReturn().getResponse().getContentAsString());
        List<Element> images = page.select("figure.item-figure img");
        assertThat(images)
                .extracting(img -> img.attr("alt"))
                .containsExactly("Alt of photo.png", "Alt of photo.JPG", "Alt of animation.gif", "Alt of picture.webp");
        assertThat(images).allSatisfy(img -> {
            assertThat(img.attr("width")).isEqualTo("3");
            assertThat(img.attr("height")).isEqualTo("2");
            assertThat(img.attr("loading")).isEqualTo("lazy");
        });
        assertThat(images.get(0).attr("src")).isEqualTo(stored.get(0).path());
        assertThat(page.select(".item-documents li").eachText())
                .containsExactly(
                        "report.pdf (PDF, " + MediaSamples.pdf().length + " bytes)",
                        "letter.docx (DOCX, " + MediaSamples.docx().length + " bytes)",
                        "budget.xlsx (XLSX, " + MediaSamples.xlsx().length + " bytes)",
                        "minutes.odt (ODT, " + MediaSamples.odt().length + " bytes)",
                        "notes.txt (TXT, " + MediaSamples.text().length + " bytes)");
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost" + stored.get(0).path());
        assertThat(page.select("meta[name=citation_pdf_url]").attr("content"))
                .isEqualTo("http://localhost" + stored.get(4).path());
        JsonNode article = JsonMapper.builder()
                .build()
                .readTree(page.select("script[type=application/ld+json]").html());
        assertThat(article.get("image").get(0).asString())
                .isEqualTo("http://localhost" + stored.get(0).path());
        assertThat(article.get("image")).hasSize(4);
    }

    @Test
    void refusesWhatTheContentContradictsOrTheRulesForbidWithAMessageAndStoresNothing() throws Exception {
        ContentItem item = fixtures.draft(fixtures.structureA, "Refusals " + UUID.randomUUID());

        assertRefused(
                upload(item, "scan.pdf", MediaSamples.image("png"), "A scan"),
                400,
                "The file is named .pdf but its content is a PNG file. Rename it to .png if that is what it is.");
        assertRefused(
                upload(item, "holiday.jpg", MediaSamples.html(), "Holiday"),
                400,
                "The file is an HTML page, whatever its name says. Accepted are JPEG, PNG, GIF or WebP images; PDF,"
                        + " DOCX, XLSX, ODT or plain text documents.");
        assertRefused(
                upload(item, "logo.svg", MediaSamples.svg(), "Logo"),
                400,
                "SVG images are not accepted: they can carry scripts. Upload a PNG or JPEG instead.");
        assertRefused(
                upload(item, "big.png", MediaSamples.padded(MediaSamples.image("png"), 65 * 1024), "Big"),
                413,
                "The file is too large: images may have up to 64 KB.");
        assertRefused(
                upload(item, "huge.pdf", MediaSamples.padded(MediaSamples.pdf(), 300 * 1024), null),
                413,
                "The file is too large: images may have up to 64 KB, documents up to 128 KB.");
        assertRefused(
                upload(item, "photo.png", MediaSamples.image("png"), " "),
                400,
                "An image needs alt text: describe what it shows for readers who cannot see it.");
        assertRefused(upload(item, "empty.txt", new byte[0], null), 400, "The file is empty.");

        assertThat(library.forItem(item.id())).isEmpty();
        Document page = Jsoup.parse(upload(item, "photo.png", MediaSamples.image("png"), " ", "Kept caption")
                .getContentAsString());
        assertThat(page.select("#caption").attr("value")).isEqualTo("Kept caption");
    }

    @Test
    void filesOfAnUnpublishedItemAreNotFoundByReadersButShownToItsEditors() throws Exception {
        ContentItem item = fixtures.draft(fixtures.structureA, "Draft with media " + UUID.randomUUID());
        upload(item, "draft.png", MediaSamples.image("png"), "Draft image");
        Media media = library.forItem(item.id()).get(0);

        assertThat(mvc.perform(get(media.path())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        MockHttpServletResponse admin =
                perform(get("/admin/items/" + item.id() + "/media/" + media.id() + "/file"), AdminFixtures.EDITOR_A);
        assertThat(admin.getStatus()).isEqualTo(200);
        assertThat(admin.getHeader("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(perform(get("/admin/items/" + item.id() + "/media/" + media.id() + "/file"), AdminFixtures.EDITOR_B)
                        .getStatus())
                .isEqualTo(403);

        workflow.publish(item.id(), item.createdAt());
        assertThat(mvc.perform(get(media.path())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        workflow.unpublish(item.id());
        assertThat(mvc.perform(get(media.path())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void onlyEditorsOfTheItemsStructureChangeItsMediaAndOnlyWithACsrfToken() throws Exception {
        ContentItem item = fixtures.draft(fixtures.structureA, "Guarded " + UUID.randomUUID());

        assertThat(upload(item, "photo.png", MediaSamples.image("png"), "Photo", null, AdminFixtures.EDITOR_B)
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse withoutCsrf = mvc.perform(uploadRequest(item, "photo.png", MediaSamples.image("png"))
                        .param("altText", "Photo")
                        .with(user(signIn.principalOf(AdminFixtures.EDITOR_A))))
                .andReturn()
                .getResponse();
        assertThat(withoutCsrf.getStatus()).isEqualTo(403);
        assertThat(library.forItem(item.id())).isEmpty();

        upload(item, "photo.png", MediaSamples.image("png"), "Photo");
        Media media = library.forItem(item.id()).get(0);
        String remove = "/admin/items/" + item.id() + "/media/" + media.id() + "/remove";
        assertThat(perform(post(remove).with(csrf()), AdminFixtures.EDITOR_B).getStatus())
                .isEqualTo(403);
        assertThat(library.forItem(item.id())).hasSize(1);
    }

    @Test
    void removingAnImageDeletesItsFileAndBothActionsAreAudited() throws Exception {
        ContentItem item = fixtures.draft(fixtures.structureA, "Audited " + UUID.randomUUID());
        byte[] unique = MediaSamples.padded(
                MediaSamples.image("png"), 2048 + item.title().length());
        upload(item, "unique.png", unique, "Unique");
        Media media = library.forItem(item.id()).get(0);
        Path file = library.file(media);
        assertThat(file).exists();

        MockHttpServletResponse removed =
                perform(post("/admin/items/" + item.id() + "/media/" + media.id() + "/remove"), AdminFixtures.EDITOR_A);

        assertThat(removed.getRedirectedUrl()).isEqualTo("/admin/items/" + item.id() + "/media?removed");
        assertThat(library.forItem(item.id())).isEmpty();
        assertThat(Files.exists(file)).isFalse();
        assertThat(audit.find(
                        AdminFixtures.EDITOR_A, "media.uploaded", item.id().toString()))
                .singleElement()
                .satisfies(event -> assertThat(event.detail()).startsWith("unique.png (image/png, "));
        assertThat(audit.find(AdminFixtures.EDITOR_A, "media.removed", item.id().toString()))
                .singleElement()
                .satisfies(event -> assertThat(event.detail()).isEqualTo("unique.png"));
    }

    @Test
    void theMediaPageListsFilesAndReordersThem() throws Exception {
        ContentItem item = fixtures.draft(fixtures.structureA, "Ordered " + UUID.randomUUID());
        upload(item, "first.png", MediaSamples.image("png"), "First");
        upload(item, "second.pdf", MediaSamples.pdf(), null);
        Media second = library.forItem(item.id()).get(1);

        perform(
                post("/admin/items/" + item.id() + "/media/" + second.id() + "/move")
                        .param("by", "-1"),
                AdminFixtures.EDITOR_A);

        assertThat(library.forItem(item.id())).extracting(Media::fileName).containsExactly("second.pdf", "first.png");
        Document page = Jsoup.parse(perform(get("/admin/items/" + item.id() + "/media"), AdminFixtures.EDITOR_A)
                .getContentAsString());
        assertThat(page.select(".media-table tbody tr td:first-child a").eachText())
                .containsExactly("second.pdf", "first.png");
        assertThat(page.select("form[enctype=multipart/form-data]").attr("action"))
                .isEqualTo("/admin/items/" + item.id() + "/media");
        assertThat(page.select("#file").attr("data-max-bytes")).isEqualTo(String.valueOf(128 * 1024));
        assertThat(page.select("#file").attr("data-too-large"))
                .isEqualTo("The file is too large: images may have up to 64 KB, documents up to 128 KB.");
    }

    @Test
    void aPublishedItemsPageShowsEveryChangeOfItsMediaOnTheNextRequest() throws Exception {
        ContentItem item = fixtures.published(fixtures.structureA, "Pictured " + UUID.randomUUID());
        // The page is kept as rendered now; a change of its media must give it a new validator all the same. Search
        // may take in this or another test's item between two requests, which rightly changes the related items: the
        // two requests are made again then.
        MockHttpServletResponse[] kept = new MockHttpServletResponse[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            kept[0] = publicPage(item);
            assertThat(publicPage(item).getContentAsString()).isEqualTo(kept[0].getContentAsString());
        });
        MockHttpServletResponse before = kept[0];
        assertThat(imageAlts(before)).isEmpty();

        // Publishers change a published item's media; each answer is a redirect back to the media page.
        assertThat(upload(
                                item,
                                "first.png",
                                MediaSamples.image("png"),
                                "First picture",
                                null,
                                AdminFixtures.PUBLISHER_A)
                        .getStatus())
                .isEqualTo(302);
        assertThat(upload(
                                item,
                                "second.gif",
                                MediaSamples.image("gif"),
                                "Second picture",
                                null,
                                AdminFixtures.PUBLISHER_A)
                        .getStatus())
                .isEqualTo(302);
        MockHttpServletResponse uploaded = publicPage(item);
        assertThat(uploaded.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
        assertThat(imageAlts(uploaded)).containsExactly("First picture", "Second picture");

        Media second = library.forItem(item.id()).get(1);
        assertThat(perform(
                                post("/admin/items/" + item.id() + "/media/" + second.id() + "/move")
                                        .param("by", "-1"),
                                AdminFixtures.PUBLISHER_A)
                        .getStatus())
                .isEqualTo(302);
        assertThat(imageAlts(publicPage(item))).containsExactly("Second picture", "First picture");

        assertThat(perform(
                                post("/admin/items/" + item.id() + "/media/" + second.id() + "/remove"),
                                AdminFixtures.PUBLISHER_A)
                        .getStatus())
                .isEqualTo(302);
        assertThat(imageAlts(publicPage(item))).containsExactly("First picture");
    }

    private static List<String> imageAlts(MockHttpServletResponse page) throws Exception {
        return Jsoup.parse(page.getContentAsString())
                .select("figure.item-figure img")
                .eachAttr("alt");
    }

    private MockHttpServletResponse publicPage(ContentItem item) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(item.path())).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private void assertRefused(MockHttpServletResponse response, int status, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#media-error")
                        .text())
                .isEqualTo(message);
    }

    private MockHttpServletResponse upload(ContentItem item, String name, byte[] bytes, String altText)
            throws Exception {
        return upload(item, name, bytes, altText, null, AdminFixtures.EDITOR_A);
    }

    private MockHttpServletResponse upload(ContentItem item, String name, byte[] bytes, String altText, String caption)
            throws Exception {
        return upload(item, name, bytes, altText, caption, AdminFixtures.EDITOR_A);
    }

    private MockHttpServletResponse upload(
            ContentItem item, String name, byte[] bytes, String altText, String caption, String username)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = uploadRequest(item, name, bytes);
        if (altText != null) {
            request.param("altText", altText);
        }
        if (caption != null) {
            request.param("caption", caption);
        }
        return perform(request, username);
    }

    private static MockMultipartHttpServletRequestBuilder uploadRequest(ContentItem item, String name, byte[] bytes) {
        // The declared type is what a browser would say from the name; it is not believed.
        return multipart("/admin/items/" + item.id() + "/media")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String username)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        request.with(user(signIn.principalOf(username))).with(csrf()))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }
}
