package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The session cookie as a real server sets it: HttpOnly and SameSite=Lax, and Secure when served over HTTPS. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dateline.ingest.sample-content=false", "dateline.test.context=back-office"})
class AdminCookieIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String cookie = sessionCookie(HttpRequest.newBuilder(uri()).build());

        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void theSessionCookieIsSecureBehindAnHttpsProxy() throws Exception {
        String cookie = sessionCookie(HttpRequest.newBuilder(uri())
                .header("X-Forwarded-Proto", "https")
                .build());

        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/admin/login");
    }

    private String sessionCookie(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }
}
