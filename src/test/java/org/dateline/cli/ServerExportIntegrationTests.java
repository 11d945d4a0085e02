package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.content.Workflow;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./dateline export} while a server runs on the same data directory (whose database it may not open): the
 * command fetches the export from the server over HTTP.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dateline.ingest.sample-content=false")
class ServerExportIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${dateline.data-dir}")
    Path dataDir;

    @Autowired
    Workflow workflow;

    @Autowired
    SearchIndex index;

    @Test
    void fetchesTheExportOfTheSearchFromTheRunningServer() {
        ContentItem saved = workflow.save(ContentFixtures.item(ContentType.NEWS, "Zanzibarian delegation visits Vienna")
                .date(2022, 3, 4)
                .build());
        ContentItem item = workflow.publish(saved.id(), Instant.parse("2022-03-04T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of("Zanzibarian")).total() == 1);

        CommandRun export =
                CommandRun.of("", "export", "--q", "Zanzibarian", "--type", "news", "--dateline.data-dir=" + dataDir);
        CommandRun csv = CommandRun.of("", "export", "--format", "csv", "--dateline.data-dir=" + dataDir);

        assertThat(export.exitCode()).isZero();
        assertThat(export.out().lines().toList())
                .singleElement()
                .satisfies(line -> assertThat(JsonMapper.builder()
                                .build()
                                .readTree(line)
                                .get("id")
                                .asString())
                        .isEqualTo(item.id().toString()));
        assertThat(export.err())
                .startsWith("Exported from the server running on " + port + ": "
                        + export.out().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes in ");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).startsWith("id,type,").contains(item.id() + ",news,en,2022-03-04,");
    }
}
