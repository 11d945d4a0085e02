package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.dateline.security.AccountSignIn;
import org.dateline.security.Accounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Signing in and out: the sign-in page, session fixation, throttling, disabled accounts, CSRF, public pages. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
@AutoConfigureMockMvc
class AdminSignInIntegrationTests {

    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountSignIn signIn;

    @Test
    void signsInWithANewSessionIdAndLandsOnTheDashboard() throws Exception {
        String username = account();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/admin/login").session(session)).andReturn();
        String before = session.getId();

        MvcResult result = mvc.perform(
                        login(username, PASSWORD, "10.0.0.1").session(session).with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
        MockHttpServletResponse dashboard = mvc.perform(get("/admin")
                        .session((MockHttpSession) result.getRequest().getSession(false)))
                .andReturn()
                .getResponse();
        assertThat(dashboard.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(dashboard.getContentAsString())
                        .select(".admin-username")
                        .text())
                .isEqualTo(username);
    }

    @Test
    void aWrongPasswordSendsBackToTheFormWithAMessage() throws Exception {
        String username = account();

        MockHttpServletResponse response = mvc.perform(
                        login(username, "wrong password!", "10.0.0.2").with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/login?outcome=failed");
        assertThat(loginMessage("/admin/login?outcome=failed")).isEqualTo("The username or password is wrong.");
    }

    @Test
    void locksAnAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        String username = account();
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(login(username, "wrong password!", "10.0.1." + i)
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/admin/login?outcome=failed");
        }

        MockHttpServletResponse response = mvc.perform(
                        login(username, PASSWORD, "10.0.1.99").with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/login?outcome=throttled");
        assertThat(loginMessage("/admin/login?outcome=throttled"))
                .isEqualTo("Too many failed sign-ins. Wait 15 minutes and try again, or ask an administrator.");
    }

    @Test
    void locksAnAddressAfterTwentyFailuresForAnyAccount() throws Exception {
        String address = "10.0.2.1";
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("nobody-" + i, "wrong password!", address).with(csrf()))
                    .andReturn();
        }
        String untouched = account();

        assertThat(mvc.perform(login(untouched, PASSWORD, address).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin/login?outcome=throttled");
        assertThat(mvc.perform(login(untouched, PASSWORD, "10.0.2.2").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsOpenSessionCanDoNothing() throws Exception {
        String username = account();
        var principal = signIn.principalOf(username);
        accounts.disable(username);

        assertThat(mvc.perform(login(username, PASSWORD, "10.0.3.1").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin/login?outcome=failed");
        assertThat(mvc.perform(get("/admin").with(user(principal)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void refusesASignInWithoutCsrfToken() throws Exception {
        String username = account();

        assertThat(mvc.perform(login(username, PASSWORD, "10.0.4.1"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void signsOutByPostAndForgetsTheSession() throws Exception {
        String username = account();
        MvcResult signedIn =
                mvc.perform(login(username, PASSWORD, "10.0.5.1").with(csrf())).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        MockHttpServletResponse out = mvc.perform(
                        post("/admin/logout").session(session).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(out.getRedirectedUrl()).isEqualTo("/admin/login?outcome=signed-out");
        assertThat(session.isInvalid()).isTrue();
        assertThat(loginMessage("/admin/login?outcome=signed-out")).isEqualTo("You are signed out.");
    }

    @Test
    void sendsAnonymousVisitorsOfTheBackOfficeToTheSignInPage() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/admin")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/admin/login");
    }

    @Test
    void leavesPublicPagesAnonymousWithoutSessionOrSecurityHeaders() throws Exception {
        MvcResult home = mvc.perform(get("/")).andReturn();

        assertThat(home.getResponse().getStatus()).isEqualTo(200);
        assertThat(home.getRequest().getSession(false)).isNull();
        // Ours (revalidate, then 304), not Spring Security's no-store for signed-in pages.
        assertThat(home.getResponse().getHeader("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(home.getResponse().getCookies()).isEmpty();
    }

    @Test
    void theSignInPageCarriesACsrfTokenAndNoKnownPassword() throws Exception {
        String html = mvc.perform(get("/admin/login")).andReturn().getResponse().getContentAsString();

        var form = Jsoup.parse(html).selectFirst("form[action=/admin/login]");
        assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(form.select("input[type=password]")).hasSize(1);
    }

    private String account() {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(username, PASSWORD, false, List.of());
        return username;
    }

    private String loginMessage(String uri) throws Exception {
        String html = mvc.perform(get(uri)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select(".admin-login [role]").text();
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/admin/login")
                .param("username", username)
                .param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
