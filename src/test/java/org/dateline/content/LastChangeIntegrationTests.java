package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The archive's last change, kept between changes, follows every committed change at once and never shows one that
 * was rolled back. Not transactional itself: the changes commit as they would in the server, so it has a context (and
 * database) of its own, where they cannot show up in other tests' counts.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClock.Config.class)
@TestPropertySource(properties = "dateline.test.context=last-change")
class LastChangeIntegrationTests {

    @Autowired
    ContentCatalog catalog;

    @Autowired
    Workflow workflow;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void followsCommittedChangesAtOnceAndForgetsRolledBackOnes() {
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        ContentItem item = workflow.save(ContentFixtures.item(ContentType.NEWS, "Kept last change")
                .published(Instant.parse("2026-12-01T00:00:00Z"))
                .build());
        assertThat(catalog.lastChange()).contains(item.updatedAt());
        assertThat(catalog.lastChange()).contains(item.updatedAt());

        clock.advance(Duration.ofMinutes(5));
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            workflow.save(ContentFixtures.from(item).title("Never committed").build());
            assertThat(catalog.lastChange()).isPresent().get().isNotEqualTo(item.updatedAt());
            status.setRollbackOnly();
        });
        assertThat(catalog.lastChange()).contains(item.updatedAt());

        clock.advance(Duration.ofMinutes(5));
        ContentItem edited =
                workflow.save(ContentFixtures.from(item).title("Committed").build());
        assertThat(edited.updatedAt()).isAfter(item.updatedAt());
        assertThat(catalog.lastChange()).contains(edited.updatedAt());
    }
}
