package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.Revision;
import org.dateline.content.Workflow;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
import org.dateline.taxonomy.Taxonomy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The revisions page: a readable diff between two saves, and restoring an old one. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisionsIntegrationTests {

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
    void showsWhatChangedBetweenTwoSavesAndRestoresTheOlder() throws Exception {
        ContentItem first = fixtures.draft(fixtures.structureA, "Mission opens an office in Niš");
        workflow.save(ContentFixtures.from(first)
                .title("Mission opens an office in Novi Sad")
                .build());
        List<Revision> revisions = catalog.revisions(first.id());

        Document page = Jsoup.parse(mvc.perform(get("/admin/items/" + first.id() + "/revisions")
                        .with(user(signIn.principalOf(AdminFixtures.EDITOR_A))))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select(".field-diff").first().select("h2").text()).isEqualTo("Title");
        assertThat(page.select(".field-diff").first().select("del").eachText()).containsExactly("Niš");
        assertThat(page.select(".field-diff").first().select("ins").eachText()).containsExactly("Novi Sad");
        assertThat(page.select(".field-diff").get(2).text()).isEqualTo("Text Unchanged.");

        mvc.perform(post("/admin/items/" + first.id() + "/revisions/"
                                + revisions.get(0).id() + "/restore")
                        .with(user(signIn.principalOf(AdminFixtures.EDITOR_A)))
                        .with(csrf()))
                .andReturn();

        assertThat(catalog.findById(first.id()).orElseThrow().title()).isEqualTo("Mission opens an office in Niš");
    }

    @Test
    void refusesARevisionOfAnotherItem() throws Exception {
        ContentItem one = fixtures.draft(fixtures.structureA, "One item");
        ContentItem other = fixtures.draft(fixtures.structureA, "Other item");
        long othersRevision = catalog.revisions(other.id()).get(0).id();

        int status = mvc.perform(post("/admin/items/" + one.id() + "/revisions/" + othersRevision + "/restore")
                        .with(user(signIn.principalOf(AdminFixtures.EDITOR_A)))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(404);
        assertThat(catalog.findById(one.id()).orElseThrow().title()).isEqualTo("One item");
    }
}
