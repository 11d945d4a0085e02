package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.dateline.content.ContentItem;
import org.dateline.content.Workflow;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit log records who did what, when and from where, and administrators filter it. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogIntegrationTests {

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
    void recordsAPublicationWithItsAuthorAndAddress() throws Exception {
        ContentItem review = fixtures.inReview(fixtures.structureA, "Audited item " + UUID.randomUUID());

        mvc.perform(from(post("/admin/items/" + review.id() + "/publish"), "10.7.7.7")
                        .with(user(signIn.principalOf(AdminFixtures.PUBLISHER_A)))
                        .with(csrf()))
                .andReturn();

        Document log =
                auditPage("?username=" + AdminFixtures.PUBLISHER_A + "&action=item.published&subject=" + review.id());
        assertThat(log.select(".audit-events tbody tr")).hasSize(1);
        assertThat(log.select(".audit-events tbody tr td").stream()
                        .map(Element::text)
                        .toList()
                        .subList(1, 6))
                .containsExactly(
                        AdminFixtures.PUBLISHER_A,
                        "item.published",
                        review.id().toString(),
                        review.title(),
                        "10.7.7.7");
    }

    @Test
    void recordsFailedAndSuccessfulSignInsAndFiltersBySubject() throws Exception {
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(username, AdminFixtures.PASSWORD, false, List.of());

        mvc.perform(from(post("/admin/login"), "10.8.8.8")
                        .param("username", username)
                        .param("password", "not the password")
                        .with(csrf()))
                .andReturn();
        mvc.perform(from(post("/admin/login"), "10.8.8.9")
                        .param("username", username)
                        .param("password", AdminFixtures.PASSWORD)
                        .with(csrf()))
                .andReturn();

        Document log = auditPage("?subject=" + username);
        assertThat(log.select(".audit-events tbody tr")).hasSize(2);
        assertThat(log.select(".audit-events tbody tr:nth-child(1) td").stream()
                        .map(Element::text)
                        .toList()
                        .subList(1, 6))
                .containsExactly(username, "sign-in", username, "", "10.8.8.9");
        assertThat(log.select(".audit-events tbody tr:nth-child(2) td").stream()
                        .map(Element::text)
                        .toList()
                        .subList(1, 6))
                .containsExactly(username, "sign-in.failed", username, "wrong username or password", "10.8.8.8");
    }

    private Document auditPage(String query) throws Exception {
        String html = mvc.perform(get("/admin/audit" + query).with(user(signIn.principalOf(AdminFixtures.ADMIN))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
