package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages as a browser gets them from the real server, with the right status codes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownAddressGetsA404PageOfTheSite() throws Exception {
        HttpResponse<String> response = get("/this/does/not/exist");

        assertThat(response.statusCode()).isEqualTo(404);
        Document doc = Jsoup.parse(response.body());
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(doc.selectFirst(".kicker").text()).isEqualTo("Error 404");
        assertThat(doc.select(".primary-nav summary")).isNotEmpty();
        assertThat(doc.title()).isEqualTo("Page not found | OSCE");
    }

    @Test
    void unknownTermGetsA404Page() throws Exception {
        HttpResponse<String> response = get("/structures/mission-to-atlantis");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void malformedParameterGetsA400Page() throws Exception {
        HttpResponse<String> response = get("/newsroom?page=abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Bad request");
    }
}
