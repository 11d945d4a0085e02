package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The index follows the workflow: published, edited and unpublished items are searchable as such within a second. */
@SpringBootTest
class SearchIndexIntegrationTests {

    // Search follows a publication within a second on an idle machine; a busy test machine gets more time.
    private static final Duration SOON = Duration.ofSeconds(5);

    @Autowired
    Workflow workflow;

    @Autowired
    SearchIndex index;

    @Autowired
    PlatformTransactionManager transactionManager;

    // The first delivery after start-up also starts the event executor and loads the listener's classes;
    // the one-second promise is about every publication after that.
    @BeforeEach
    void firstPublicationWasDelivered() {
        ContentItem first = workflow.save(ContentFixtures.item()
                .title("First publication after start-up")
                .published(Instant.parse("2026-01-05T09:00:00Z"))
                .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> index.search(SearchQuery.of("first publication after start-up")).hits().stream()
                        .anyMatch(hit -> hit.id().equals(first.id())));
    }

    @Test
    void findsAPublishedItemSoonAndLosesItWhenUnpublished() {
        ContentItem item = publish("Quarantined livestock markets reopen in the valley");

        awaitHits("livestock markets", item.id());

        workflow.unpublish(item.id());

        awaitHits("livestock markets");
    }

    @Test
    void findsAnEditedItemByItsNewWordsOnly() {
        ContentItem item = publish("Beekeepers cooperative founded in the highlands");
        await().atMost(SOON)
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(
                                index.search(SearchQuery.of("beekeepers")).total())
                        .isEqualTo(1));

        workflow.save(ContentFixtures.from(item)
                .title("Orchard growers cooperative founded in the highlands")
                .build());

        await().atMost(SOON).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            assertThat(index.search(SearchQuery.of("orchard growers")).total()).isEqualTo(1);
            assertThat(index.search(SearchQuery.of("beekeepers")).total()).isZero();
        });
    }

    @Test
    void neverIndexesDrafts() {
        ContentItem published = publish("Draft and published glaciers report");
        workflow.save(ContentFixtures.item().title("Unreleased glaciers draft").build());

        awaitHits("glaciers", published.id());
    }

    @Test
    void findsTheChangesOfATransactionWhenItCommitsAndNoneOfOneRolledBack() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        ContentItem[] committed = new ContentItem[2];
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 2; i++) {
                committed[i] = publish("Committed together: salt marsh survey " + i);
            }
        });
        transaction.executeWithoutResult(status -> {
            publish("Rolled back: salt marsh survey");
            status.setRollbackOnly();
        });

        awaitHits("salt marsh survey", committed[0].id(), committed[1].id());
    }

    @Test
    void findsWhatAnInnerTransactionCommittedThoughTheOuterOneRolledBack() {
        TransactionTemplate outer = new TransactionTemplate(transactionManager);
        TransactionTemplate inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ContentItem[] kept = new ContentItem[1];
        outer.executeWithoutResult(status -> {
            publish("Outer rolled back: tidal gauge report");
            kept[0] = inner.execute(innerStatus -> publish("Inner committed: tidal gauge report"));
            status.setRollbackOnly();
        });

        awaitHits("tidal gauge report", kept[0].id());
    }

    private ContentItem publish(String title) {
        return workflow.save(ContentFixtures.item()
                .title(title)
                .published(Instant.parse("2026-01-05T10:00:00Z"))
                .build());
    }

    /** Waits until a search for the words finds exactly these items (none: finds nothing). */
    private void awaitHits(String words, UUID... ids) {
        await().atMost(SOON)
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(
                        () -> assertThat(index.search(SearchQuery.of(words)).hits())
                                .extracting(SearchHit::id)
                                .containsExactlyInAnyOrder(ids));
    }
}
