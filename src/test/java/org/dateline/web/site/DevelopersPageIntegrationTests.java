package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The API's page for developers: linked from every page's footer, every endpoint and parameter with examples. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=true", "dateline.test.context=api"})
@AutoConfigureMockMvc
class DevelopersPageIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void describesEveryEndpointWithParametersAndExamplesToCopy() {
        MvcTestResult result = mvc.get().uri("/developers").exchange();

        assertThat(result).hasStatusOk();
        String html = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Open data API</h1>");
        assertThat(html)
                .contains(
                        "<code>GET /api/v1/items</code>",
                        "<code>GET /api/v1/items/{id}</code>",
                        "<code>GET /api/v1/items/lookup</code>",
                        "<code>GET /api/v1/vocabularies</code>",
                        "<code>GET /api/v1/vocabularies/{name}/terms</code>");
        for (String parameter : new String[] {
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
            "facets",
            "url"
        }) {
            assertThat(html).contains("<tr><td><code>" + parameter + "</code></td>");
        }
        assertThat(html)
                .contains(
                        "<pre tabindex=\"0\"><code>curl 'http://localhost/api/v1/items?q=elections&amp;country=serbia&amp;sort=date'</code></pre>")
                .contains("<a href=\"/api/v1/openapi.json\">");
    }

    @Test
    void isLinkedFromTheFooterOfEveryPage() {
        String home =
                new String(mvc.get().uri("/").exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(home).contains("<li><a href=\"/developers\">Open data API</a></li>");
    }
}
