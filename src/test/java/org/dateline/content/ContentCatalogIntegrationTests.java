package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClock.Config.class)
@Transactional
class ContentCatalogIntegrationTests {

    @Autowired
    ContentCatalog catalog;

    @Autowired
    Workflow workflow;

    @Autowired
    Taxonomy taxonomy;

    ContentItem statement2007;
    ContentItem laterSameTime;
    ContentItem earlierSameTime;
    ContentItem news;
    ContentItem withoutTime;
    ContentItem event2005;
    ContentItem draft;

    @BeforeEach
    void publishItems() {
        statement2007 = workflow.save(ContentFixtures.item(ContentType.STATEMENT, "Statement on the new year")
                .date(2007, 1, 15)
                .source(id(Vocabulary.STRUCTURE, "odihr"))
                .published(Instant.parse("2007-01-15T12:00:00Z"))
                .build());
        earlierSameTime = workflow.save(ContentFixtures.item(ContentType.PRESS_RELEASE, "Workshop on labour migration")
                .time(LocalTime.of(10, 0))
                .source(id(Vocabulary.STRUCTURE, "oceea"))
                .fieldsOfWork(id(Vocabulary.FIELD_OF_WORK, "economic-activities"))
                .countries(id(Vocabulary.COUNTRY, "russian-federation"))
                .published(Instant.parse("2006-12-06T09:00:00Z"))
                .build());
        laterSameTime = workflow.save(ContentFixtures.item(ContentType.PRESS_RELEASE, "Chairmanship welcomes workshop")
                .time(LocalTime.of(10, 0))
                .source(id(Vocabulary.STRUCTURE, "chairpersonship"))
                .published(Instant.parse("2006-12-06T09:05:00Z"))
                .build());
        news = workflow.save(ContentFixtures.item(ContentType.NEWS, "Police training in Belgrade")
                .time(LocalTime.of(9, 0))
                .countries(id(Vocabulary.COUNTRY, "serbia"))
                .published(Instant.parse("2006-12-06T08:00:00Z"))
                .build());
        withoutTime = workflow.save(ContentFixtures.item(ContentType.PRESS_RELEASE, "Mission supports local elections")
                .source(id(Vocabulary.STRUCTURE, "mission-to-serbia"))
                .published(Instant.parse("2006-12-06T15:00:00Z"))
                .build());
        event2005 = workflow.save(ContentFixtures.item(ContentType.EVENT, "Ministerial Council")
                .date(2005, 12, 5)
                .meetingType(id(Vocabulary.MEETING_TYPE, "ministerial-council-meetings"))
                .published(Instant.parse("2005-11-01T10:00:00Z"))
                .build());
        draft = workflow.save(ContentFixtures.item(ContentType.PRESS_RELEASE, "Draft for tomorrow")
                .date(2006, 12, 7)
                .source(id(Vocabulary.STRUCTURE, "mission-to-serbia"))
                .build());
    }

    @Test
    void listsPublishedItemsNewestFirst() {
        ItemPage page = catalog.findPublished(ItemQuery.all(1, 20));

        assertThat(page.items())
                .containsExactly(statement2007, laterSameTime, earlierSameTime, news, withoutTime, event2005);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.totalPages()).isEqualTo(1);
    }

    @Test
    void pagesThroughTheListing() {
        ItemQuery query = ItemQuery.all(1, 4);

        ItemPage first = catalog.findPublished(query);
        ItemPage second = catalog.findPublished(query.withPage(2));
        ItemPage beyond = catalog.findPublished(query.withPage(3));

        assertThat(first.items()).containsExactly(statement2007, laterSameTime, earlierSameTime, news);
        assertThat(second.items()).containsExactly(withoutTime, event2005);
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(6L);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(4);
    }

    @Test
    void filtersByType() {
        ItemPage page = catalog.findPublished(ItemQuery.all(1, 20).withType(ContentType.PRESS_RELEASE));

        assertThat(page.items()).containsExactly(laterSameTime, earlierSameTime, withoutTime);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void filtersByYear() {
        assertThat(catalog.findPublished(ItemQuery.all(1, 20).withYear(2006)).items())
                .containsExactly(laterSameTime, earlierSameTime, news, withoutTime);
        assertThat(catalog.findPublished(ItemQuery.all(1, 20).withYear(2005)).items())
                .containsExactly(event2005);
        assertThat(catalog.findPublished(ItemQuery.all(1, 20).withYear(2004)).total())
                .isZero();
    }

    @Test
    void filtersBySourceMeetingTypeFieldOfWorkOrCountry() {
        assertThat(itemsClassifiedBy(taxonomy.selfAndDescendantIds(id(Vocabulary.STRUCTURE, "field-operations"))))
                .containsExactly(withoutTime);
        assertThat(itemsClassifiedBy(taxonomy.selfAndDescendantIds(id(Vocabulary.STRUCTURE, "secretariat"))))
                .containsExactly(earlierSameTime);
        assertThat(itemsClassifiedBy(Set.of(id(Vocabulary.MEETING_TYPE, "ministerial-council-meetings"))))
                .containsExactly(event2005);
        assertThat(itemsClassifiedBy(Set.of(id(Vocabulary.FIELD_OF_WORK, "economic-activities"))))
                .containsExactly(earlierSameTime);
        assertThat(itemsClassifiedBy(Set.of(id(Vocabulary.COUNTRY, "serbia"), id(Vocabulary.STRUCTURE, "odihr"))))
                .containsExactly(statement2007, news);
        assertThat(itemsClassifiedBy(Set.of(id(Vocabulary.FIELD_OF_WORK, "youth"))))
                .isEmpty();
    }

    @Test
    void combinesFilters() {
        ItemQuery query = ItemQuery.all(1, 20)
                .withType(ContentType.NEWS)
                .withYear(2006)
                .withTermIds(Set.of(id(Vocabulary.COUNTRY, "serbia")));
        assertThat(catalog.findPublished(query).items()).containsExactly(news);
        assertThat(catalog.findPublished(query.withType(ContentType.PRESS_RELEASE))
                        .items())
                .isEmpty();
    }

    @Test
    void findsOnlyPublishedItemsByPath() {
        assertThat(catalog.findPublishedByPath(news.path())).contains(news);
        assertThat(catalog.findPublishedByPath(draft.path())).isEmpty();
        assertThat(catalog.findById(draft.id())).contains(draft);
    }

    @Test
    void countsPublishedItemsAndTheirYears() {
        assertThat(catalog.countPublished()).isEqualTo(6);
        assertThat(catalog.publishedYears(ItemQuery.all(1, 1).withYear(2006))).containsExactly(2007, 2006, 2005);
    }

    @Test
    void countsPublishedItemsPerDayAndListsADaysRangeWithWhatOrdersThem() {
        assertThat(catalog.countPublishedPerDay())
                .containsExactly(
                        entry(LocalDate.of(2005, 12, 5), 1L),
                        entry(LocalDate.of(2006, 12, 6), 4L),
                        entry(LocalDate.of(2007, 1, 15), 1L));

        // The draft of 7 December is not listed.
        assertThat(catalog.publishedDated(LocalDate.of(2006, 12, 6), LocalDate.of(2006, 12, 31)))
                .containsExactlyInAnyOrder(
                        dated(laterSameTime), dated(earlierSameTime), dated(news), dated(withoutTime));
        assertThat(dated(withoutTime).time()).isNull();
        assertThat(catalog.publishedDated(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 5)))
                .containsExactly(new DatedId(
                        event2005.id(), LocalDate.of(2005, 12, 5), null, Instant.parse("2005-11-01T10:00:00Z")));
        assertThat(catalog.publishedDated(LocalDate.of(2007, 1, 16), LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }

    private static DatedId dated(ContentItem item) {
        return new DatedId(item.id(), item.date(), item.time(), item.publishedAt());
    }

    @Test
    void findsItemsByLegacyUrl() {
        ContentItem imported = workflow.save(ContentFixtures.item()
                .title("Imported")
                .legacyUrl("https://www.osce.org/item/22639")
                .build());

        assertThat(catalog.findByLegacyUrl("https://www.osce.org/item/22639")).contains(imported);
        assertThat(catalog.findByLegacyUrl("https://www.osce.org/item/1")).isEmpty();
    }

    private List<ContentItem> itemsClassifiedBy(Set<Long> termIds) {
        return catalog.findPublished(ItemQuery.all(1, 20).withTermIds(termIds)).items();
    }

    private long id(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow().id();
    }
}
