package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.dateline.DatelineApplication;
import org.dateline.TestDatabaseEnvironment;
import org.dateline.content.ContentFixtures;
import org.dateline.content.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The index catches up after the application stopped between a database commit and the index's commit: the
 * index was down when the item was saved, or it had written the item but not committed it when the process
 * died; the start-up check replays such changes from the database. A regular stop commits everything queued.
 */
class SearchRecoveryIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path dataDir = TestDatabaseEnvironment.newDataDirectory();
    private final String databaseUrl =
            TestDatabaseEnvironment.usesPostgres() ? TestDatabaseEnvironment.createPostgresDatabase() : null;

    @Test
    void catchesUpAtStartWithWhatWasSavedWhileTheIndexWasDown() throws IOException {
        UUID id;
        try (ConfigurableApplicationContext first = start(Map.of("dateline.search.catch-up-on-start", "false"))) {
            first.getBean(SearchIndex.class).destroy();
            id = publish(first, "Salt marsh restoration begins on the coast");
        }

        try (ConfigurableApplicationContext restarted = start(Map.of("dateline.search.catch-up-on-start", "true"))) {
            SearchIndex index = restarted.getBean(SearchIndex.class);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(
                                    index.search(SearchQuery.of("salt marsh")).hits())
                            .extracting(SearchHit::id)
                            .containsExactly(id));
        }
    }

    @Test
    void reindexesAtStartWhatTheIndexWroteButHadNotCommittedWhenTheProcessDied() throws IOException {
        UUID committed;
        UUID lost;
        try (ConfigurableApplicationContext first =
                start(Map.of("dateline.search.catch-up-on-start", "false", "dateline.search.commit-interval", "1h"))) {
            SearchIndex index = first.getBean(SearchIndex.class);
            committed = publish(first, "Salt marsh restoration begins on the coast");
            index.update(committed);
            lost = publish(first, "Salt marsh survey counts the wading birds");
            // Written and searchable: the change has left the queue, as a completed event would have.
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(
                                    index.search(SearchQuery.of("wading birds")).hits())
                            .extracting(SearchHit::id)
                            .containsExactly(lost));
            index.crash();
        }

        try (ConfigurableApplicationContext restarted = start(Map.of("dateline.search.catch-up-on-start", "true"))) {
            SearchIndex index = restarted.getBean(SearchIndex.class);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(
                                    index.search(SearchQuery.of("salt marsh")).hits())
                            .extracting(SearchHit::id)
                            .containsExactlyInAnyOrder(committed, lost));
        }
    }

    @Test
    void commitsEveryQueuedChangeWhenTheApplicationStops() throws IOException {
        UUID id;
        try (ConfigurableApplicationContext first =
                start(Map.of("dateline.search.catch-up-on-start", "false", "dateline.search.commit-interval", "1h"))) {
            id = publish(first, "Salt marsh restoration begins on the coast");
        }

        try (ConfigurableApplicationContext restarted = start(Map.of("dateline.search.catch-up-on-start", "false"))) {
            assertThat(restarted
                            .getBean(SearchIndex.class)
                            .search(SearchQuery.of("salt marsh"))
                            .hits())
                    .extracting(SearchHit::id)
                    .containsExactly(id);
        }
    }

    private static UUID publish(ConfigurableApplicationContext context, String title) {
        return context.getBean(Workflow.class)
                .save(ContentFixtures.item()
                        .title(title)
                        .published(Instant.parse("2026-01-05T10:00:00Z"))
                        .build())
                .id();
    }

    private ConfigurableApplicationContext start(Map<String, String> settings) {
        Map<String, String> properties = new HashMap<>(settings);
        properties.put("dateline.data-dir", dataDir.toString());
        if (databaseUrl != null) {
            properties.put("spring.datasource.url", databaseUrl);
            properties.put("spring.datasource.username", "postgres");
        }
        // As command-line arguments, so that they win over application.properties like a real restart's would.
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(DatelineApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments);
    }
}
