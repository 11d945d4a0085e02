package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/** What harvesters and sitemaps read: changes in (last change, id) order after a cursor, and published locations. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClock.Config.class)
@Transactional
class ContentChangesIntegrationTests {

    @Autowired
    ContentCatalog catalog;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    TestClock clock;

    ContentItem first;
    ContentItem one;
    ContentItem two;
    ContentItem sameTimeA;
    ContentItem sameTimeB;
    ContentItem withdrawn;
    ContentItem draft;

    @BeforeEach
    void changeItems() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        first = workflow.save(ContentFixtures.item(ContentType.PRESS_RELEASE, "First")
                .source(id(Vocabulary.STRUCTURE, "mission-to-serbia"))
                .fieldsOfWork(id(Vocabulary.FIELD_OF_WORK, "migration"))
                .published(Instant.parse("2026-03-01T00:00:00Z"))
                .build());
        clock.advance(Duration.ofMinutes(1));
        one = workflow.save(ContentFixtures.item(ContentType.NEWS, "Same time one")
                .published(Instant.parse("2026-02-01T00:00:00Z"))
                .build());
        two = workflow.save(ContentFixtures.item(ContentType.NEWS, "Same time two")
                .published(Instant.parse("2026-02-02T00:00:00Z"))
                .build());
        List<ContentItem> sameTime = new ArrayList<>(List.of(one, two));
        // Items changed at the same instant follow each other by id; both databases compare UUIDs as unsigned
        // bytes, the order of their hexadecimal strings (Java's UUID.compareTo is signed).
        sameTime.sort(Comparator.comparing(item -> item.id().toString()));
        sameTimeA = sameTime.get(0);
        sameTimeB = sameTime.get(1);
        clock.advance(Duration.ofMinutes(1));
        withdrawn = workflow.save(ContentFixtures.item(ContentType.STATEMENT, "Withdrawn")
                .published(Instant.parse("2026-01-01T00:00:00Z"))
                .build());
        clock.advance(Duration.ofMinutes(1));
        withdrawn = workflow.unpublish(withdrawn.id());
        clock.advance(Duration.ofMinutes(1));
        draft = workflow.save(ContentFixtures.item(ContentType.NEWS, "Draft").build());
    }

    private long id(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow().id();
    }

    @Test
    void listsPublishedAndWithdrawnItemsByLastChangeThenIdButNoDrafts() {
        assertThat(catalog.findChanged(ChangeQuery.all(10)))
                .extracting(ContentItem::title)
                .containsExactly("First", sameTimeA.title(), sameTimeB.title(), "Withdrawn");
        assertThat(sameTimeA.updatedAt()).isEqualTo(sameTimeB.updatedAt());
        assertThat(catalog.findChanged(ChangeQuery.all(10)).get(3).isPublished())
                .isFalse();
    }

    @Test
    void continuesStrictlyAfterTheCursorAlsoBetweenItemsOfTheSameInstant() {
        ChangeQuery pageOfTwo = ChangeQuery.all(2);

        List<ContentItem> firstPage = catalog.findChanged(pageOfTwo);
        List<ContentItem> secondPage = catalog.findChanged(pageOfTwo.after(firstPage.get(1)));

        assertThat(firstPage).extracting(ContentItem::id).containsExactly(first.id(), sameTimeA.id());
        assertThat(secondPage).extracting(ContentItem::id).containsExactly(sameTimeB.id(), withdrawn.id());
        assertThat(catalog.findChanged(pageOfTwo.after(secondPage.get(1)))).isEmpty();
    }

    @Test
    void boundsTheLastChangeFromInclusiveUntilExclusive() {
        Instant sameTime = sameTimeA.updatedAt();
        ChangeQuery window =
                new ChangeQuery(sameTime, sameTime.plusSeconds(60), null, Set.of(), Set.of(), null, null, 10);

        assertThat(catalog.findChanged(window))
                .extracting(ContentItem::id)
                .containsExactly(sameTimeA.id(), sameTimeB.id());
    }

    @Test
    void filtersByTypeSourceAndTerms() {
        assertThat(catalog.findChanged(
                        new ChangeQuery(null, null, ContentType.NEWS, Set.of(), Set.of(), null, null, 10)))
                .extracting(ContentItem::id)
                .containsExactly(sameTimeA.id(), sameTimeB.id());
        assertThat(catalog.findChanged(new ChangeQuery(
                        null,
                        null,
                        null,
                        taxonomy.selfAndDescendantIds(id(Vocabulary.STRUCTURE, "field-operations")),
                        Set.of(),
                        null,
                        null,
                        10)))
                .extracting(ContentItem::id)
                .containsExactly(first.id());
        assertThat(catalog.findChanged(new ChangeQuery(
                        null, null, null, Set.of(), Set.of(id(Vocabulary.FIELD_OF_WORK, "migration")), null, null, 10)))
                .extracting(ContentItem::id)
                .containsExactly(first.id());
    }

    @Test
    void knowsTheArchivesLastChangeDraftsIncludedAndTheEarliestHarvestableChange() {
        assertThat(catalog.lastChange()).contains(draft.updatedAt());
        assertThat(catalog.earliestChange()).contains(first.updatedAt());
    }

    @Test
    void streamsPublishedLocationsOldestPublicationFirstFromWhereEachRunBegins() {
        List<PublicationKey> everyItem = catalog.publishedRunStarts(1);
        List<PublicationKey> everySecond = catalog.publishedRunStarts(2);
        List<ItemLocation> all = new ArrayList<>();
        catalog.forEachPublishedLocation(everyItem.get(0), 10, all::add);
        List<ItemLocation> second = new ArrayList<>();
        catalog.forEachPublishedLocation(everyItem.get(1), 1, second::add);
        List<ItemLocation> secondRun = new ArrayList<>();
        catalog.forEachPublishedLocation(everySecond.get(1), 2, secondRun::add);

        assertThat(everyItem).hasSize(3);
        assertThat(everySecond).containsExactly(everyItem.get(0), everyItem.get(2));
        assertThat(all)
                .extracting(ItemLocation::path)
                .containsExactly(one.path(), two.path(), first.path())
                .doesNotContain(withdrawn.path(), draft.path());
        assertThat(all.get(2).updatedAt()).isEqualTo(first.updatedAt());
        assertThat(second).extracting(ItemLocation::path).containsExactly(two.path());
        assertThat(secondRun).extracting(ItemLocation::path).containsExactly(first.path());
    }
}
