package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Review, scheduled publication (embargo), expiry and correction notes, driven by a clock the test moves. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClock.Config.class)
@Transactional
@RecordApplicationEvents
class WorkflowSchedulingIntegrationTests {

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    ContentItems items;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void resetClock() {
        clock.set(TestClock.START);
    }

    @Test
    void submitsADraftForReviewAndRefusesToSubmitAPublishedItem() {
        ContentItem draft = workflow.save(ContentFixtures.item().build());

        assertThat(workflow.submit(draft.id()).status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(catalog.findById(draft.id()).orElseThrow().status()).isEqualTo(ItemStatus.IN_REVIEW);

        workflow.publish(draft.id(), TestClock.START);
        assertThatThrownBy(() -> workflow.submit(draft.id()))
                .isInstanceOf(InvalidItem.class)
                .extracting(e -> ((InvalidItem) e).field())
                .isEqualTo("status");
    }

    @Test
    void aScheduledItemStaysOffThePublicSiteUntilItsTimeAndIsPublishedOnce() {
        ContentItem draft = workflow.save(
                ContentFixtures.item().title("Embargoed statement").build());
        Instant at = TestClock.START.plus(Duration.ofHours(1));

        ContentItem scheduled = workflow.schedule(draft.id(), at);

        assertThat(scheduled.status()).isEqualTo(ItemStatus.SCHEDULED);
        assertThat(scheduled.publishAt()).isEqualTo(at);
        assertThat(workflow.publishDue()).isZero();
        clock.advance(Duration.ofMinutes(59));
        assertThat(workflow.publishDue()).isZero();
        assertThat(catalog.findPublishedByPath(draft.path())).isEmpty();
        assertThat(catalog.countPublished()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(workflow.publishDue()).isEqualTo(1);
        assertThat(workflow.publishDue()).isZero();

        ContentItem published = catalog.findPublishedByPath(draft.path()).orElseThrow();
        assertThat(published.publishedAt()).isEqualTo(at);
        assertThat(events.stream(ItemPublished.class)).containsExactly(new ItemPublished(draft.id()));
    }

    @Test
    void onlyOneClaimOfADueItemSucceeds() {
        ContentItem draft = workflow.save(ContentFixtures.item().build());
        workflow.schedule(draft.id(), TestClock.START.plusSeconds(60));
        Instant later = TestClock.START.plusSeconds(120);

        assertThat(items.claimPublication(draft.id(), later)).isTrue();
        assertThat(items.claimPublication(draft.id(), later)).isFalse();
    }

    @Test
    void refusesToScheduleInThePastOrToScheduleAPublishedItem() {
        ContentItem draft = workflow.save(ContentFixtures.item().build());

        assertThatThrownBy(() -> workflow.schedule(draft.id(), TestClock.START))
                .isInstanceOf(InvalidItem.class)
                .hasMessageContaining("future");
        workflow.publish(draft.id(), TestClock.START);
        assertThatThrownBy(() -> workflow.schedule(draft.id(), TestClock.START.plusSeconds(3600)))
                .isInstanceOf(InvalidItem.class)
                .hasMessageContaining("already published");
    }

    @Test
    void anExpiredItemIsWithdrawnOnce() {
        ContentItem item =
                workflow.save(ContentFixtures.item().published(TestClock.START).build());
        Instant expiry = TestClock.START.plus(Duration.ofDays(1));
        workflow.scheduleUnpublication(item.id(), expiry);

        assertThat(workflow.unpublicationTime(item.id())).contains(expiry);
        clock.advance(Duration.ofHours(23));
        assertThat(workflow.publishDue()).isZero();
        assertThat(catalog.findPublishedByPath(item.path())).isPresent();

        clock.advance(Duration.ofHours(1));
        assertThat(workflow.publishDue()).isEqualTo(1);
        assertThat(workflow.publishDue()).isZero();

        assertThat(catalog.findPublishedByPath(item.path())).isEmpty();
        assertThat(catalog.findById(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.UNPUBLISHED);
        assertThat(workflow.unpublicationTime(item.id())).isEmpty();
        assertThat(events.stream(ItemUnpublished.class)).containsExactly(new ItemUnpublished(item.id()));
    }

    @Test
    void unpublishingByHandClearsTheExpiry() {
        ContentItem item =
                workflow.save(ContentFixtures.item().published(TestClock.START).build());
        workflow.scheduleUnpublication(item.id(), TestClock.START.plusSeconds(3600));

        workflow.unpublish(item.id());

        assertThat(workflow.unpublicationTime(item.id())).isEmpty();
    }

    @Test
    void refusesAnExpiryInThePast() {
        ContentItem item =
                workflow.save(ContentFixtures.item().published(TestClock.START).build());

        assertThatThrownBy(() -> workflow.scheduleUnpublication(item.id(), TestClock.START.minusSeconds(1)))
                .isInstanceOf(InvalidItem.class)
                .extracting(e -> ((InvalidItem) e).field())
                .isEqualTo("unpublishAt");
    }

    @Test
    void recordsACorrectionNoteOfAPublishedItemWithItsDate() {
        ContentItem item =
                workflow.save(ContentFixtures.item().published(TestClock.START).build());
        clock.advance(Duration.ofDays(2));

        workflow.save(
                ContentFixtures.from(item).title("Corrected title").build(), "  The date of the visit was corrected. ");
        workflow.save(ContentFixtures.from(item).title("Corrected title again").build(), " ");

        assertThat(catalog.corrections(item.id()))
                .containsExactly(new Correction(
                        "The date of the visit was corrected.", TestClock.START.plus(Duration.ofDays(2))));
    }

    @Test
    void everySaveIsARevisionAndRestoringOneSavesItsTextAgain() {
        ContentItem first = workflow.save(
                ContentFixtures.item().title("First title").place("Vienna").build());
        clock.advance(Duration.ofMinutes(5));
        workflow.save(ContentFixtures.from(first)
                .title("Second title")
                .place("Warsaw")
                .build());
        workflow.submit(first.id());

        List<Revision> revisions = catalog.revisions(first.id());
        assertThat(revisions).extracting(Revision::title).containsExactly("First title", "Second title");
        assertThat(revisions.get(1).savedAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(5)));

        ContentItem restored = workflow.restore(first.id(), revisions.get(0).id());

        assertThat(restored.title()).isEqualTo("First title");
        assertThat(restored.place()).isEqualTo("Vienna");
        assertThat(restored.status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(catalog.revisions(first.id()))
                .extracting(Revision::title)
                .containsExactly("First title", "Second title", "First title");
    }

    @Test
    void everyRevisionShowsItsOwnBodyAndOnlyTheLatestSharesTheItems() {
        ContentItem item = workflow.save(ContentFixtures.item()
                .body("<p>Monitors arrived in the region.</p>")
                .build());
        workflow.save(ContentFixtures.from(item)
                .body("<p>Monitors arrived in the region on Monday.</p>")
                .build());
        workflow.save(ContentFixtures.from(item)
                .body("<p>Twelve monitors arrived in the region on Monday.</p>")
                .build());

        assertThat(catalog.revisions(item.id()))
                .extracting(Revision::body)
                .containsExactly(
                        "<p>Monitors arrived in the region.</p>",
                        "<p>Monitors arrived in the region on Monday.</p>",
                        "<p>Twelve monitors arrived in the region on Monday.</p>");
        assertThat(storedBodies(item.id()))
                .containsExactly(
                        "<p>Monitors arrived in the region.</p>",
                        "<p>Monitors arrived in the region on Monday.</p>",
                        null);

        long first = catalog.revisions(item.id()).get(0).id();
        workflow.restore(item.id(), first);

        assertThat(catalog.revisions(item.id()))
                .extracting(Revision::body)
                .containsExactly(
                        "<p>Monitors arrived in the region.</p>",
                        "<p>Monitors arrived in the region on Monday.</p>",
                        "<p>Twelve monitors arrived in the region on Monday.</p>",
                        "<p>Monitors arrived in the region.</p>");
        assertThat(storedBodies(item.id())).last().isNull();
    }

    @Test
    void refusesACorrectionNoteOnADraft() {
        ContentItem draft = workflow.save(ContentFixtures.item().build());

        assertThatThrownBy(() -> workflow.save(ContentFixtures.from(draft).build(), "Corrected"))
                .isInstanceOf(InvalidItem.class)
                .extracting(e -> ((InvalidItem) e).field())
                .isEqualTo("correctionNote");
        assertThat(catalog.corrections(draft.id())).isEmpty();
    }

    private List<String> storedBodies(UUID itemId) {
        return db.sql("SELECT body FROM content_item_revision WHERE item_id = :id ORDER BY id")
                .param("id", itemId)
                .query((rs, n) -> rs.getString("body"))
                .list();
    }
}
