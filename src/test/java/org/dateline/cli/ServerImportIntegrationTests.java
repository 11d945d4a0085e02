package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code ./dateline import} while a server runs on the same data directory: the command finds {@code server.json},
 * hands the items to the server, and the server's own importer stores them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dateline.ingest.sample-content=false")
class ServerImportIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${dateline.data-dir}")
    Path dataDir;

    @Autowired
    ContentCatalog catalog;

    @Test
    void theRunningServerWritesItsPortAndTokenForTheOwnerOnly() throws IOException {
        Path file = dataDir.resolve("server.json");

        assertThat(ServerFile.read(dataDir)).hasValueSatisfying(contents -> {
            assertThat(contents.port()).isEqualTo(port);
            assertThat(contents.token()).hasSizeGreaterThanOrEqualTo(40);
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void handsTheItemsToTheRunningServerWhichImportsThem() {
        String ndjson = """
                {"title":"Handed to the server","date":"2021-06-01","type":"news","body":"<p>Text.</p>",\
                "legacy_url":"https://www.example.org/node/800001","fields_of_work":["Migration"]}
                {"title":"Without a date","type":"news","body":"<p>Text.</p>"}
                """;
        String[] args = {"import", "-", "--dateline.data-dir=" + dataDir};

        CommandRun first = CommandRun.of(ndjson, args);
        CommandRun second = CommandRun.of(ndjson, args);

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out())
                .isEqualTo("Imported into the server running on " + port
                        + ": 1 created, 0 updated, 0 unchanged, 1 failed.\n"
                        + "Failed:\n  -:2: no date: an item needs one (a fallback date can be given)\n");
        ContentItem item =
                catalog.findByLegacyUrl("https://www.example.org/node/800001").orElseThrow();
        assertThat(item.title()).isEqualTo("Handed to the server");
        assertThat(item.isPublished()).isTrue();
        assertThat(second.out())
                .startsWith("Imported into the server running on " + port
                        + ": 0 created, 0 updated, 1 unchanged, 1 failed.");
    }

    @Test
    void userCommandsRefuseToOpenTheEmbeddedDatabaseUnderTheRunningServerAndSayWhatToDo() {
        CommandRun add = CommandRun.of(
                "a long enough password\n", "user", "add", "late", "--admin", "--dateline.data-dir=" + dataDir);

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err())
                .isEqualTo("A Dateline server is running on "
                        + dataDir.toAbsolutePath().normalize() + " (port " + port
                        + ") and holds its embedded database. Stop the server first, or manage accounts in the back"
                        + " office (/admin/accounts).\n");
    }

    @Test
    void compactRefusesWhileTheServerRuns() {
        CommandRun compact = CommandRun.of("", "compact", "--dateline.data-dir=" + dataDir);

        assertThat(compact.exitCode()).isEqualTo(1);
        assertThat(compact.err())
                .isEqualTo("A server runs on " + dataDir + ": stop it first (H2 compacts only a closed database).\n");
    }

    @Test
    void aDryRunThroughTheServerPreviewsWithCanonicalNames() {
        CommandRun dryRun = CommandRun.of(
                "{\"title\":\"Previewed\",\"date\":\"2021-06-02\",\"body\":\"<p>Text.</p>\",\"source\":\"odihr\"}\n",
                "import",
                "--dry-run",
                "--json",
                "-",
                "--dateline.data-dir=" + dataDir);

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out()).contains("\"source\":\"OSCE Office for Democratic Institutions and Human Rights\"");
        assertThat(catalog.findPublished(org.dateline.content.ItemQuery.all(1, 100))
                        .items())
                .noneMatch(item -> item.title().equals("Previewed"));
    }

    @Test
    void refusesImportsWithoutTheToken() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/import"))
                                .header("Authorization", "Bearer guessed")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Sneaked in\"}\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void ignoresAServerFileLeftBehindByAServerThatIsGone() throws IOException {
        Path otherDataDir = Files.createTempDirectory("dateline-stale-");
        Files.writeString(otherDataDir.resolve("server.json"), "{\"port\":" + port + ",\"token\":\"old\",\"pid\":1}");

        assertThat(ServerImport.find(otherDataDir)).isEmpty();
        assertThat(ServerImport.find(dataDir)).isPresent();
    }
}
