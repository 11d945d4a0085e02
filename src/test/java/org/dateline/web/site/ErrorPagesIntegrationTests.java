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
        return get(path, "text/html");
    }

    /** As a client that sends this Accept header, or none when null. */
    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

    @Test
    void badRequestPageSaysWhatToChange() throws Exception {
        HttpResponse<String> badDate = get("/search?q=vienna&from=2020-13-01");
        HttpResponse<String> unknownCountry = get("/search?country=atlantis");
        HttpResponse<String> unknownYear = get("/fields-of-work/elections?year=recent");

        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badDate.body()).selectFirst(".error-detail").text())
                .isEqualTo("The date 2020-13-01 is not of the form 2006-12-31");
        assertThat(unknownCountry.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknownCountry.body())
                        .selectFirst(".error-detail")
                        .text())
                .isEqualTo("No country is called atlantis");
        assertThat(unknownYear.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknownYear.body()).selectFirst(".error-detail").text())
                .isEqualTo("No year is called recent; a year is a number such as 2006");
    }

    @Test
    void clientsThatTakeAnythingGetThePageToo() throws Exception {
        for (String accept : new String[] {null, "*/*"}) {
            HttpResponse<String> response = get("/search?country=atlantis", accept);

            assertThat(response.statusCode()).as(accept).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(accept)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(Jsoup.parse(response.body()).selectFirst(".error-detail").text())
                    .isEqualTo("No country is called atlantis");
        }
        HttpResponse<String> json = get("/this/does/not/exist", "application/json");
        HttpResponse<String> api = get("/api/v1/nothing", "*/*");

        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void pagesThatDoNotExistGiveNoDetail() throws Exception {
        assertThat(Jsoup.parse(get("/structures/mission-to-atlantis").body()).select(".error-detail"))
                .isEmpty();
    }
}
