package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.dateline.TestDatabaseEnvironment;
import org.dateline.content.ContentCatalog;
import org.dateline.content.Workflow;
import org.dateline.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest
class PlannerStatisticsIntegrationTests {

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    ImportedItems imported;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient db;

    @Autowired
    DataSource dataSource;

    final ItemNdjson ndjson = new ItemNdjson();

    @Test
    void importsAnalyzePostgresWhenTheItemsTheyCreatedReachTheFirstCountAndThenEachDoubling() {
        PlannerStatistics statistics = new PlannerStatistics(db, dataSource, 30);
        Importer importer = new Importer(workflow, catalog, taxonomy, imported, transactionManager, clock, statistics);
        boolean postgres = TestDatabaseEnvironment.usesPostgres();

        List<Integer> analysesAfterEachImport = IntStream.range(0, 4)
                .mapToObj(round -> {
                    List<ImportResult> results = importer.importItems(items(round, 20), ImportOptions.WRITE);
                    assertThat(results).extracting(ImportResult::outcome).containsOnly(ImportResult.Outcome.CREATED);
                    return statistics.analyses();
                })
                .toList();

        // 20 items, 40 (the first analysis, at 30 or more), 60, and 80 (twice the 40 of the last analysis).
        assertThat(analysesAfterEachImport).isEqualTo(postgres ? List.of(0, 1, 1, 2) : List.of(0, 0, 0, 0));
        if (postgres) {
            // The planner now knows how many items there are: ANALYZE read them all.
            double estimate = db.sql("SELECT reltuples FROM pg_class WHERE relname = 'content_item'")
                    .query(Double.class)
                    .single();
            long items = db.sql("SELECT count(*) FROM content_item")
                    .query(Long.class)
                    .single();
            assertThat(estimate).isEqualTo((double) items);
        }
    }

    private List<ItemRecord> items(int round, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> ndjson.read("""
                        {"title": "Planner statistics item %1$d-%2$d", "date": "2021-03-%3$02d",
                         "body": "<p>Text of item %1$d-%2$d.</p>",
                         "legacy_url": "https://legacy.example.org/planner/%1$d/%2$d"}""".formatted(round, i, 1 + i % 28).replace("\n", "")))
                .toList();
    }
}
