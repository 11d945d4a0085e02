package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Changes in quick succession all become searchable, even when the index commits between them: a commit writes
 * changes to disk, only a refresh makes them searchable (an index that committed a change it had not yet refreshed
 * once kept it out of search until the next change).
 */
@SpringBootTest(properties = {"dateline.search.commit-interval=0ms", "dateline.ingest.sample-content=false"})
class SearchIndexPromptnessIntegrationTests {

    @Autowired
    Workflow workflow;

    @Autowired
    SearchIndex index;

    @Test
    void aPublicationRightAfterARefreshBecomesSearchable() {
        for (int n = 1; n <= 6; n++) {
            // Each item is published the moment the one before it became searchable, that is right after a refresh.
            ContentItem item = workflow.save(ContentFixtures.item()
                    .title("Quick succession bulletin number " + n)
                    .slug("quick-succession-bulletin-" + n)
                    .published(Instant.parse("2026-01-05T10:00:00Z"))
                    .build());
            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(5))
                    .untilAsserted(() -> assertThat(index.search(SearchQuery.of("quick succession bulletin")
                                            .withSize(20))
                                    .hits())
                            .extracting(SearchHit::id)
                            .contains(item.id()));
        }
    }
}
