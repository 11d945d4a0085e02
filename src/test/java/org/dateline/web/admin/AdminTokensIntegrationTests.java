package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.dateline.content.Workflow;
import org.dateline.security.Account;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
import org.dateline.security.ApiToken;
import org.dateline.security.ApiTokens;
import org.dateline.security.AuditLog;
import org.dateline.security.IssuedApiToken;
import org.dateline.taxonomy.Taxonomy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The Tokens page: an account creates a token for its structures and sees its secret once, lists and revokes its
 * tokens (administrators: everyone's), and each step is in the audit log.
 */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminTokensIntegrationTests {

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
    ApiTokens tokens;

    @Autowired
    AuditLog audit;

    AdminFixtures fixtures;

    @BeforeAll
    void createAccounts() {
        fixtures = new AdminFixtures(accounts, taxonomy, workflow);
    }

    @Test
    void createsATokenShowsItsSecretOnceAndTheSecretWritesThroughTheApi() throws Exception {
        String name = "newsletter robot " + UUID.randomUUID();

        Document created = page(perform(
                post("/admin/tokens")
                        .param("name", name)
                        .param("structureIds", String.valueOf(fixtures.structureA))
                        .with(csrf()),
                AdminFixtures.EDITOR_A));

        String secret = created.select("#token-secret").val();
        assertThat(secret).startsWith("dl_").hasSize(46);
        assertThat(created.text()).contains("shown only this once");
        Document listed = page(perform(get("/admin/tokens"), AdminFixtures.EDITOR_A));
        assertThat(listed.text()).contains(name, secret.substring(0, 11)).doesNotContain(secret);
        assertThat(listed.select("#token-secret")).isEmpty();
        MockHttpServletResponse written = mvc.perform(post("/api/v1/items")
                        .header("Authorization", "Bearer " + secret)
                        .contentType("application/json")
                        .content("""
                                {"type": "news", "title": "Written with a new token", "date": "2026-03-02",
                                 "body": "<p>Text</p>", "source": {"slug": "mission-to-serbia"}}"""))
                .andReturn()
                .getResponse();
        assertThat(written.getStatus()).as(written.getContentAsString()).isEqualTo(201);
        assertThat(audit.find(AdminFixtures.EDITOR_A, "token.created", secret.substring(0, 11)))
                .singleElement()
                .satisfies(event -> assertThat(event.detail()).startsWith(name));
    }

    @Test
    void revokingATokenStopsItAtOnce() throws Exception {
        IssuedApiToken issued =
                tokens.issue(editorA(), "to revoke " + UUID.randomUUID(), List.of(fixtures.structureA), null);
        ApiToken token = issued.token();

        MockHttpServletResponse response =
                perform(post("/admin/tokens/" + token.id() + "/revoke").with(csrf()), AdminFixtures.EDITOR_A);

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/tokens?outcome=revoked");
        assertThat(tokens.find(editorA(), token.id()).orElseThrow().revoked()).isTrue();
        assertThat(audit.find(AdminFixtures.EDITOR_A, "token.revoked", token.prefix()))
                .hasSize(1);
        Document listed = page(perform(get("/admin/tokens?outcome=revoked"), AdminFixtures.EDITOR_A));
        assertThat(listed.text()).contains("The token is revoked");
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/items")
                        .header("Authorization", "Bearer " + issued.secret())
                        .contentType("application/json")
                        .content("{}"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentAsString()).contains("revoked");
    }

    @Test
    void nobodyElseRevokesAnAccountsTokenButAnAdministrator() throws Exception {
        ApiToken token = tokens.issue(editorA(), "kept " + UUID.randomUUID(), List.of(fixtures.structureA), null)
                .token();

        MockHttpServletResponse byOther =
                perform(post("/admin/tokens/" + token.id() + "/revoke").with(csrf()), AdminFixtures.EDITOR_B);
        MockHttpServletResponse withoutCsrf =
                perform(post("/admin/tokens/" + token.id() + "/revoke"), AdminFixtures.EDITOR_A);

        assertThat(byOther.getStatus()).isEqualTo(403);
        assertThat(withoutCsrf.getStatus()).isEqualTo(403);
        assertThat(tokens.find(editorA(), token.id()).orElseThrow().revoked()).isFalse();
        assertThat(page(perform(get("/admin/tokens"), AdminFixtures.EDITOR_B)).text())
                .doesNotContain(token.name());
        Document adminView = page(perform(get("/admin/tokens"), AdminFixtures.ADMIN));
        assertThat(adminView.text()).contains(token.name(), AdminFixtures.EDITOR_A);
        perform(post("/admin/tokens/" + token.id() + "/revoke").with(csrf()), AdminFixtures.ADMIN);
        assertThat(tokens.find(editorA(), token.id()).orElseThrow().revoked()).isTrue();
    }

    @Test
    void offersOnlyTheAccountsOwnStructuresAndRefusesAForgedOne() throws Exception {
        String name = "grabbing " + UUID.randomUUID();

        Document form = page(perform(get("/admin/tokens"), AdminFixtures.EDITOR_A));
        MockHttpServletResponse forged = perform(
                post("/admin/tokens")
                        .param("name", name)
                        .param("structureIds", String.valueOf(fixtures.structureB))
                        .with(csrf()),
                AdminFixtures.EDITOR_A);

        assertThat(form.select("#token-structures option").eachAttr("value"))
                .contains(String.valueOf(fixtures.structureA))
                .doesNotContain(String.valueOf(fixtures.structureB));
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(tokens.visibleTo(editorA())).noneMatch(token -> token.name().equals(name));
    }

    @Test
    void showsWhyATokenCannotBeCreated() throws Exception {
        Document page = page(perform(
                post("/admin/tokens")
                        .param("name", " ")
                        .param("structureIds", String.valueOf(fixtures.structureA))
                        .with(csrf()),
                AdminFixtures.EDITOR_A));

        assertThat(page.select("#name-error").text()).isEqualTo("A token needs a name of 1 to 100 characters");
        assertThat(page.select("#token-secret")).isEmpty();
    }

    private Account editorA() {
        return accounts.find(AdminFixtures.EDITOR_A).orElseThrow();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(signIn.principalOf(username))))
                .andReturn()
                .getResponse();
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
