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
import org.dateline.content.ContentItem;
import org.dateline.content.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index catches up after the application stopped between a database commit and the index update: the
 * indexing step dies (its writer is gone, as when the process is killed), the application stops, and the
 * next start repairs the index, through the event publication registry or through the start-up check.
 */
class SearchRecoveryIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path dataDir = TestDatabaseEnvironment.newDataDirectory();
    private final String databaseUrl =
            TestDatabaseEnvironment.usesPostgres() ? TestDatabaseEnvironment.createPostgresDatabase() : null;

    @Test
    void redeliversTheUnfinishedIndexUpdateOnRestart() throws IOException {
        UUID id = publishWhileTheIndexIsDown();

        try (ConfigurableApplicationContext restarted = start(Map.of(
                "spring.modulith.events.republish-outstanding-events-on-restart", "true",
                "dateline.search.catch-up-on-start", "false"))) {
            SearchIndex index = restarted.getBean(SearchIndex.class);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(
                                    index.search(SearchQuery.of("salt marsh")).hits())
                            .extracting(SearchHit::id)
                            .containsExactly(id));
            JdbcClient db = restarted.getBean(JdbcClient.class);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(
                                    db.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                                            .query(Long.class)
                                            .single())
                            .isZero());
        }
    }

    @Test
    void catchesUpAtStartWhenTheEventsAreLost() throws IOException {
        UUID id = publishWhileTheIndexIsDown();

        try (ConfigurableApplicationContext restarted = start(Map.of(
                "spring.modulith.events.republish-outstanding-events-on-restart", "false",
                "dateline.search.catch-up-on-start", "true"))) {
            SearchIndex index = restarted.getBean(SearchIndex.class);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(
                                    index.search(SearchQuery.of("salt marsh")).hits())
                            .extracting(SearchHit::id)
                            .containsExactly(id));
        }
    }

    /** Publishes an item after the index died, and stops the application with the delivery unfinished. */
    private UUID publishWhileTheIndexIsDown() throws IOException {
        try (ConfigurableApplicationContext first = start(Map.of("dateline.search.catch-up-on-start", "false"))) {
            SearchIndex index = first.getBean(SearchIndex.class);
            Workflow workflow = first.getBean(Workflow.class);
            JdbcClient db = first.getBean(JdbcClient.class);
            index.destroy();

            ContentItem item = workflow.save(ContentFixtures.item()
                    .title("Salt marsh restoration begins on the coast")
                    .published(Instant.parse("2026-01-05T10:00:00Z"))
                    .build());

            await().atMost(PATIENCE)
                    .untilAsserted(() ->
                            assertThat(db.sql("""
                                    SELECT COUNT(*) FROM event_publication
                                    WHERE completion_date IS NULL AND status = 'FAILED'
                                    AND listener_id LIKE '%IndexUpdates%'""").query(Long.class).single()).isEqualTo(1));
            return item.id();
        }
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
