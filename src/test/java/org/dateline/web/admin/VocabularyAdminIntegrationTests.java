package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.dateline.content.ContentItem;
import org.dateline.content.Workflow;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators rename, move and retire terms; URLs and items stay. It changes the vocabulary: own context. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=vocabulary-admin"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyAdminIntegrationTests {

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

    AdminFixtures fixtures;

    @BeforeAll
    void createAccounts() {
        fixtures = new AdminFixtures(accounts, taxonomy, workflow);
    }

    @Test
    void renamingKeepsTheOldNameAsAnAliasAndTheUrl() throws Exception {
        Term moldova = term("mission-to-moldova");

        perform(
                post("/admin/terms/" + moldova.id() + "/rename")
                        .param("name", "OSCE Mission to the Republic of Moldova"),
                AdminFixtures.ADMIN);

        Term renamed = taxonomy.byId(moldova.id()).orElseThrow();
        assertThat(renamed.name()).isEqualTo("OSCE Mission to the Republic of Moldova");
        assertThat(renamed.aliases()).contains(moldova.name());
        assertThat(renamed.path()).isEqualTo(moldova.path());
        assertThat(taxonomy.resolve(Vocabulary.STRUCTURE, moldova.name()))
                .map(Term::id)
                .contains(moldova.id());
        MockHttpServletResponse page =
                mvc.perform(get(moldova.path())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(page.getContentAsString()).select("h1").text()).contains("Republic of Moldova");
    }

    @Test
    void addsATermUnderAParentWithAPageOfItsOwnAndRefusesADuplicateName() throws Exception {
        Term fieldOperations = term("field-operations");

        MockHttpServletResponse added = perform(
                post("/admin/vocabularies/structures/terms")
                        .param("name", "OSCE Mission to Atlantis")
                        .param("parentId", String.valueOf(fieldOperations.id())),
                AdminFixtures.ADMIN);

        Term atlantis = taxonomy.resolve(Vocabulary.STRUCTURE, "OSCE Mission to Atlantis")
                .orElseThrow();
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/vocabularies/structures#term-" + atlantis.id());
        assertThat(atlantis.path()).isEqualTo("/structures/osce-mission-to-atlantis");
        assertThat(atlantis.parentId()).isEqualTo(fieldOperations.id());
        assertThat(taxonomy.children(fieldOperations.id()))
                .last()
                .extracting(Term::id)
                .isEqualTo(atlantis.id());
        MockHttpServletResponse page =
                mvc.perform(get(atlantis.path())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(page.getContentAsString()).select("h1").text()).contains("Mission to Atlantis");

        MockHttpServletResponse duplicate = perform(
                post("/admin/vocabularies/structures/terms").param("name", "osce mission to atlantis"),
                AdminFixtures.ADMIN);
        assertThat(Jsoup.parse(duplicate.getContentAsString())
                        .select(".form-error")
                        .text())
                .isEqualTo("A term of STRUCTURE is already called so: OSCE Mission to Atlantis");
        MockHttpServletResponse blank =
                perform(post("/admin/vocabularies/structures/terms").param("name", " "), AdminFixtures.ADMIN);
        assertThat(Jsoup.parse(blank.getContentAsString()).select(".form-error").text())
                .isEqualTo("A term needs a name of 1 to 300 characters");
    }

    @Test
    void movesATermAndRefusesToPlaceItBelowItself() throws Exception {
        Term skopje = term("mission-to-skopje");
        Term secretariat = term("secretariat");
        Term fieldOperations = term("field-operations");

        perform(
                post("/admin/terms/" + skopje.id() + "/move").param("parentId", String.valueOf(secretariat.id())),
                AdminFixtures.ADMIN);
        assertThat(taxonomy.byId(skopje.id()).orElseThrow().parentId()).isEqualTo(secretariat.id());

        MockHttpServletResponse refused = perform(
                post("/admin/terms/" + fieldOperations.id() + "/move")
                        .param("parentId", String.valueOf(fieldOperations.id())),
                AdminFixtures.ADMIN);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".form-error")
                        .text())
                .contains("below itself");
        assertThat(taxonomy.byId(fieldOperations.id()).orElseThrow().parentId()).isEqualTo(fieldOperations.parentId());
    }

    @Test
    void aRetiredTermKeepsItsPageAndItsItems() throws Exception {
        Term kosovo = term("mission-in-kosovo");
        ContentItem draft = fixtures.draft(kosovo.id(), "Kosovo item before retirement");
        ContentItem item = workflow.publish(draft.id(), draft.createdAt());

        perform(post("/admin/terms/" + kosovo.id() + "/retire").param("retired", "true"), AdminFixtures.ADMIN);

        assertThat(taxonomy.byId(kosovo.id()).orElseThrow().retired()).isTrue();
        assertThat(mvc.perform(get(kosovo.path())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MockHttpServletResponse itemPage =
                mvc.perform(get(item.path())).andReturn().getResponse();
        assertThat(itemPage.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(itemPage.getContentAsString()).select(".metadata a[href=" + kosovo.path() + "]"))
                .hasSize(1);
    }

    @Test
    void onlyAdministratorsChangeTheVocabulary() throws Exception {
        Term vienna = term("secretariat");

        for (String who : new String[] {AdminFixtures.EDITOR_A, AdminFixtures.PUBLISHER_A, AdminFixtures.EDITOR_B}) {
            assertThat(perform(get("/admin/vocabularies/structures"), who).getStatus())
                    .isEqualTo(403);
            assertThat(perform(post("/admin/terms/" + vienna.id() + "/rename").param("name", "Hijacked"), who)
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform(post("/admin/terms/" + vienna.id() + "/retire").param("retired", "true"), who)
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(taxonomy.byId(vienna.id()).orElseThrow().name()).isEqualTo(vienna.name());
        assertThat(taxonomy.byId(vienna.id()).orElseThrow().retired()).isFalse();
        assertThat(perform(get("/admin/vocabularies/structures"), AdminFixtures.ADMIN)
                        .getStatus())
                .isEqualTo(200);
    }

    private Term term(String slug) {
        return taxonomy.find(Vocabulary.STRUCTURE, new Slug(slug)).orElseThrow();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(signIn.principalOf(username))).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
