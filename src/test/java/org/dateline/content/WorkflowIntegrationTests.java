package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClock.Config.class)
@Transactional
@RecordApplicationEvents
class WorkflowIntegrationTests {

    static final Instant ARCHIVED = Instant.parse("2006-12-06T10:15:00Z");

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    ContentItems items;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void resetClock() {
        clock.set(TestClock.START);
    }

    @Test
    void stampsANewItemAndKeepsItsCreationTimeOnChanges() {
        ContentItem saved = workflow.save(
                ContentFixtures.item().createdAt(null).updatedAt(null).build());
        assertThat(saved.createdAt()).isEqualTo(TestClock.START);
        assertThat(saved.updatedAt()).isEqualTo(TestClock.START);
        assertThat(saved.status()).isEqualTo(ItemStatus.DRAFT);

        clock.advance(Duration.ofHours(2));
        ContentItem changed = workflow.save(
                ContentFixtures.from(saved).title("Changed").createdAt(null).build());

        assertThat(changed.createdAt()).isEqualTo(TestClock.START);
        assertThat(changed.updatedAt()).isEqualTo(TestClock.START.plus(Duration.ofHours(2)));
        assertThat(catalog.findById(saved.id())).contains(changed);
    }

    @Test
    void fillsInIdSlugTranslationGroupAndStatus() {
        ContentItem item = new ContentItem(
                null,
                null,
                ContentType.NEWS,
                "en",
                null,
                "  Türkiye hosts   a seminar ",
                null,
                "<p>Text</p>",
                null,
                ContentFixtures.DATE,
                LocalTime.of(9, 30, 15, 999),
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        ContentItem saved = workflow.save(item);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.translationGroup()).isEqualTo(saved.id());
        assertThat(saved.title()).isEqualTo("Türkiye hosts   a seminar");
        assertThat(saved.slug()).isEqualTo(new Slug("turkiye-hosts-a-seminar"));
        assertThat(saved.path()).isEqualTo("/news/2006/12/turkiye-hosts-a-seminar");
        assertThat(saved.time()).isEqualTo(LocalTime.of(9, 30, 15));
        assertThat(saved.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(catalog.findById(saved.id())).contains(saved);
    }

    @Test
    void givesNewItemsIdsThatGrowInTheOrderTheyWereMade() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(workflow.save(
                            ContentFixtures.item().id(null).title("Saved " + i).build())
                    .id());
        }
        workflow.insertAll(List.of(
                        ContentFixtures.item().id(null).title("Inserted 1").build(),
                        ContentFixtures.item().id(null).title("Inserted 2").build(),
                        ContentFixtures.item().id(null).title("Inserted 3").build()))
                .forEach(item -> ids.add(item.id()));

        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        // As the databases order them: by the id's bytes, which for version 7 start with the time.
        assertThat(ids.stream().map(UUID::toString).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void numbersTheSlugOfANewItemWhosePathIsTaken() {
        ContentItem first = workflow.save(
                ContentFixtures.item().title("Statement by the Chairperson").build());
        ContentItem second = workflow.save(
                ContentFixtures.item().title("Statement by the Chairperson").build());
        ContentItem third = workflow.save(
                ContentFixtures.item().title("Statement by the Chairperson").build());
        ContentItem nextMonth = workflow.save(ContentFixtures.item()
                .title("Statement by the Chairperson")
                .date(2007, 1, 3)
                .build());

        assertThat(first.path()).isEqualTo("/press-releases/2006/12/statement-by-the-chairperson");
        assertThat(second.path()).isEqualTo("/press-releases/2006/12/statement-by-the-chairperson-2");
        assertThat(third.path()).isEqualTo("/press-releases/2006/12/statement-by-the-chairperson-3");
        assertThat(nextMonth.path()).isEqualTo("/press-releases/2007/01/statement-by-the-chairperson");
        assertThat(catalog.findById(third.id()))
                .get()
                .extracting(ContentItem::slug)
                .isEqualTo(new Slug("statement-by-the-chairperson-3"));
    }

    @Test
    void numbersATitleThatRecursManyTimesInAMonthInTurnWhetherSavedOrInserted() {
        for (int i = 0; i < 18; i++) {
            workflow.save(ContentFixtures.item().id(null).title("Daily report").build());
        }
        List<ContentItem> inserted = workflow.insertAll(IntStream.range(0, 18)
                .mapToObj(i ->
                        ContentFixtures.item().id(null).title("Daily report").build())
                .toList());

        assertThat(inserted)
                .extracting(ContentItem::path)
                .containsExactlyElementsOf(IntStream.rangeClosed(19, 36)
                        .mapToObj(n -> "/press-releases/2006/12/daily-report-" + n)
                        .toList());
        assertThat(items.takenPaths(IntStream.rangeClosed(2, 18)
                        .mapToObj(n -> "/press-releases/2006/12/daily-report-" + n)
                        .toList()))
                .hasSize(17);
        assertThat(items.findByPath("/press-releases/2006/12/daily-report")).isPresent();
    }

    @Test
    void insertsNewItemsTogetherNumberingThePathsTakenBeforeOrEarlierInTheList() {
        workflow.save(
                ContentFixtures.item().title("Statement by the Chairperson").build());

        List<ContentItem> saved = workflow.insertAll(List.of(
                ContentFixtures.item().title("Statement by the Chairperson").build(),
                ContentFixtures.item().title("Statement by the Chairperson").build(),
                ContentFixtures.item()
                        .title("A published statement")
                        .published(ARCHIVED)
                        .legacyUrl("https://www.osce.org/cio/1")
                        .build()));

        assertThat(saved)
                .extracting(ContentItem::path)
                .containsExactly(
                        "/press-releases/2006/12/statement-by-the-chairperson-2",
                        "/press-releases/2006/12/statement-by-the-chairperson-3",
                        "/press-releases/2006/12/a-published-statement");
        assertThat(saved)
                .allSatisfy(item -> assertThat(catalog.findById(item.id())).contains(item));
        assertThat(catalog.revisions(saved.get(2).id()))
                .extracting(Revision::title)
                .containsExactly("A published statement");
        assertThat(events.stream(ItemPublished.class))
                .containsExactly(new ItemPublished(saved.get(2).id()));
    }

    @Test
    void refusesToInsertItemsTogetherWhenOneIsInvalidOrItsLegacyUrlIsTaken() {
        workflow.save(ContentFixtures.item()
                .title("First")
                .legacyUrl("https://www.osce.org/cio/2")
                .build());

        assertThatThrownBy(() -> workflow.insertAll(List.of(
                        ContentFixtures.item().title("Second").build(),
                        ContentFixtures.item()
                                .title("Third")
                                .legacyUrl("https://www.osce.org/cio/2")
                                .build())))
                .isInstanceOf(InvalidItem.class)
                .hasMessageContaining("The legacy URL https://www.osce.org/cio/2 belongs to item");
        assertThatThrownBy(() -> workflow.insertAll(List.of(
                        ContentFixtures.item()
                                .title("Fourth")
                                .legacyUrl("https://www.osce.org/cio/3")
                                .build(),
                        ContentFixtures.item()
                                .title("Fifth")
                                .legacyUrl("https://www.osce.org/cio/3")
                                .build())))
                .isInstanceOf(InvalidItem.class)
                .hasMessageContaining("The legacy URL https://www.osce.org/cio/3 belongs to item");
    }

    @Test
    void keepsOneItemOfEachLanguageInATranslationGroup() {
        ContentItem english = workflow.save(
                ContentFixtures.item().title("A group's English item").build());
        UUID group = english.translationGroup();
        ContentItem russian = workflow.save(ContentFixtures.item()
                .title("Русская версия")
                .language("ru")
                .translationGroup(group)
                .build());

        assertThatThrownBy(() -> workflow.save(ContentFixtures.item()
                        .title("A second English item")
                        .translationGroup(group)
                        .build()))
                .isInstanceOf(InvalidItem.class)
                .hasMessage("Another item of its translation group is in en already:"
                        + " a translation group holds one item in each language");
        // Changing a member's language to another member's is the same mistake.
        assertThatThrownBy(() -> workflow.save(
                        ContentFixtures.from(english).language("RU").build()))
                .isInstanceOf(InvalidItem.class);
        // Inserted together: against the database, and against the items before it in the list.
        assertThatThrownBy(() -> workflow.insertAll(List.of(ContentFixtures.item()
                        .title("Еще одна русская версия")
                        .language("ru")
                        .translationGroup(group)
                        .build())))
                .isInstanceOf(InvalidItem.class);
        ContentItem leader = ContentFixtures.item()
                .id(UUID.randomUUID())
                .title("A new group's first item")
                .build();
        assertThatThrownBy(() -> workflow.insertAll(List.of(
                        leader,
                        ContentFixtures.item()
                                .title("A new group's second English item")
                                .translationGroup(leader.id())
                                .build())))
                .isInstanceOf(InvalidItem.class);

        List<ContentItem> added = workflow.insertAll(List.of(ContentFixtures.item()
                .title("Version française")
                .language("fr")
                .translationGroup(group)
                .build()));
        assertThat(catalog.translationsOf(english))
                .extracting(Translation::language)
                .containsExactly("fr", "ru");
        assertThat(catalog.translationsOf(russian))
                .extracting(Translation::id)
                .containsExactlyInAnyOrder(english.id(), added.get(0).id());
    }

    @Test
    void keepsTheNumberedSlugWhenAnItemIsSavedAgainWithItsOriginalSlug() {
        workflow.save(
                ContentFixtures.item().title("Statement by the Chairperson").build());
        ContentItem second = workflow.save(
                ContentFixtures.item().title("Statement by the Chairperson").build());

        ContentItem again = workflow.save(ContentFixtures.from(second)
                .slug("statement-by-the-chairperson")
                .summary("Imported again")
                .build());

        assertThat(again.path()).isEqualTo("/press-releases/2006/12/statement-by-the-chairperson-2");
        assertThat(catalog.findById(second.id())).contains(again);
    }

    @Test
    void refusesToMoveAStoredItemOntoAnotherItemsPath() {
        ContentItem taken = workflow.save(ContentFixtures.item().title("Taken").build());
        ContentItem other = workflow.save(ContentFixtures.item().title("Other").build());

        assertThatThrownBy(() ->
                        workflow.save(ContentFixtures.from(other).slug("taken").build()))
                .isInstanceOf(InvalidItem.class)
                .hasMessage("The path /press-releases/2006/12/taken is already taken by item " + taken.id())
                .extracting("field")
                .isEqualTo("path");
    }

    @Test
    void refusesALegacyUrlThatBelongsToAnotherItem() {
        ContentItem imported = workflow.save(
                ContentFixtures.item().legacyUrl("https://www.osce.org/item/1").build());

        assertThatThrownBy(() -> workflow.save(ContentFixtures.item()
                        .title("Another")
                        .legacyUrl("https://www.osce.org/item/1")
                        .build()))
                .isInstanceOf(InvalidItem.class)
                .hasMessage("The legacy URL https://www.osce.org/item/1 belongs to item " + imported.id());
        assertThat(workflow.save(ContentFixtures.from(imported)
                                .title("Re-imported")
                                .build())
                        .legacyUrl())
                .isEqualTo("https://www.osce.org/item/1");
    }

    @Test
    void refusesItemsWithoutTitleDateLanguageOrType() {
        assertInvalid(ContentFixtures.item().title(" ").build(), "title", "The item's title is missing");
        assertInvalid(ContentFixtures.item().date(null).build(), "date", "The item's date is missing");
        assertInvalid(ContentFixtures.item().language(null).build(), "language", "The item's language is missing");
        assertInvalid(ContentFixtures.item().type(null).build(), "type", "The item's type is missing");
        assertInvalid(
                ContentFixtures.item().language("english!").build(),
                "language",
                "The language english! is no language tag such as en or sr-Latn");
        assertInvalid(
                ContentFixtures.item().title("x".repeat(1001)).build(),
                "title",
                "The item's title is longer than 1000 characters: 1001");
    }

    @Test
    void refusesUnknownTermsAndTermsOfAnotherVocabulary() {
        long serbia = id(Vocabulary.COUNTRY, "serbia");
        assertInvalid(
                ContentFixtures.item().fieldsOfWork(999_999L).build(),
                "fieldOfWorkIds",
                "There is no term with the id 999999");
        assertInvalid(
                ContentFixtures.item().fieldsOfWork(serbia).build(),
                "fieldOfWorkIds",
                "The term " + serbia + " (Serbia) belongs to COUNTRY, not to FIELD_OF_WORK");
        assertInvalid(
                ContentFixtures.item().source(serbia).build(),
                "sourceId",
                "The term " + serbia + " (Serbia) belongs to COUNTRY, not to STRUCTURE");
        assertInvalid(
                ContentFixtures.item()
                        .meetingType(id(Vocabulary.FIELD_OF_WORK, "youth"))
                        .build(),
                "meetingTypeId",
                "The term " + id(Vocabulary.FIELD_OF_WORK, "youth")
                        + " (Youth) belongs to FIELD_OF_WORK, not to MEETING_TYPE");
        assertInvalid(
                ContentFixtures.item()
                        .countries(id(Vocabulary.STRUCTURE, "secretariat"))
                        .build(),
                "countryIds",
                "The term " + id(Vocabulary.STRUCTURE, "secretariat")
                        + " (OSCE Secretariat) belongs to STRUCTURE, not to COUNTRY");
    }

    @Test
    void sanitizesTheBody() {
        ContentItem saved = workflow.save(ContentFixtures.item()
                .body(
                        "<p onclick=\"steal()\">Workshop<script>alert(1)</script> in <a href=\"javascript:x()\">Moscow</a>"
                                + "</p><img src=\"x.png\" onerror=\"alert(1)\"><h2>Background</h2>")
                .build());

        assertThat(saved.body()).isEqualTo("<p>Workshop in Moscow</p><img src=\"x.png\" /><h2>Background</h2>");
        assertThat(catalog.findById(saved.id()).orElseThrow().body()).isEqualTo(saved.body());
    }

    @Test
    void publishesAnItemAndAnnouncesIt() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        ContentItem draft = workflow.save(ContentFixtures.item().build());
        assertThat(catalog.findPublishedByPath(draft.path())).isEmpty();

        ContentItem published = workflow.publish(draft.id(), ARCHIVED);

        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(ARCHIVED);
        assertThat(published.updatedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(catalog.findPublishedByPath(draft.path())).contains(published);
        assertThat(events.stream(ItemPublished.class)).containsExactly(new ItemPublished(draft.id()));
        assertThat(events.stream(ItemChanged.class)).isEmpty();
    }

    @Test
    void unpublishesAnItemAndAnnouncesItOnce() {
        ContentItem draft = workflow.save(ContentFixtures.item().build());
        workflow.publish(draft.id(), ARCHIVED);

        ContentItem withdrawn = workflow.unpublish(draft.id());
        ContentItem again = workflow.unpublish(draft.id());

        assertThat(withdrawn.status()).isEqualTo(ItemStatus.UNPUBLISHED);
        assertThat(withdrawn.publishedAt()).isEqualTo(ARCHIVED);
        assertThat(again).isEqualTo(withdrawn);
        assertThat(catalog.findPublishedByPath(draft.path())).isEmpty();
        assertThat(catalog.countPublished()).isZero();
        assertThat(events.stream(ItemUnpublished.class)).containsExactly(new ItemUnpublished(draft.id()));
    }

    @Test
    void announcesChangesToPublishedItemsAndWithdrawalsBySave() {
        ContentItem published =
                workflow.save(ContentFixtures.item().published(ARCHIVED).build());
        ContentItem changed = workflow.save(
                ContentFixtures.from(published).title("Corrected title").build());
        workflow.save(ContentFixtures.from(changed).status(ItemStatus.DRAFT).build());
        ContentItem draft =
                workflow.save(ContentFixtures.item().title("Never published").build());
        workflow.save(ContentFixtures.from(draft).summary("Still a draft").build());

        assertThat(events.stream(ItemPublished.class)).containsExactly(new ItemPublished(published.id()));
        assertThat(events.stream(ItemChanged.class)).containsExactly(new ItemChanged(published.id()));
        assertThat(events.stream(ItemUnpublished.class)).containsExactly(new ItemUnpublished(published.id()));
    }

    @Test
    void publishesAnItemSavedAsPublishedWithoutTimeAsOfNow() {
        ContentItem saved = workflow.save(ContentFixtures.item().published(null).build());

        assertThat(saved.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(saved.publishedAt()).isEqualTo(TestClock.START);
        assertThat(events.stream(ItemPublished.class)).containsExactly(new ItemPublished(saved.id()));
    }

    @Test
    void refusesToPublishInTheFutureOrAnUnknownItem() {
        ContentItem draft = workflow.save(ContentFixtures.item().build());
        Instant tomorrow = TestClock.START.plus(Duration.ofDays(1));
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> workflow.publish(draft.id(), tomorrow))
                .isInstanceOf(InvalidItem.class)
                .hasMessage("An item cannot be published in the future (2026-03-03T08:00:00Z)");
        assertThatThrownBy(() -> workflow.save(
                        ContentFixtures.from(draft).published(tomorrow).build()))
                .isInstanceOf(InvalidItem.class)
                .hasMessage("An item cannot be published in the future (2026-03-03T08:00:00Z)");
        assertThatThrownBy(() -> workflow.publish(unknown, ARCHIVED))
                .isInstanceOf(ItemNotFound.class)
                .hasMessage("No item has the id " + unknown);
        assertThatThrownBy(() -> workflow.unpublish(unknown)).isInstanceOf(ItemNotFound.class);
        assertThat(catalog.findById(draft.id()))
                .get()
                .extracting(ContentItem::status)
                .isEqualTo(ItemStatus.DRAFT);
        assertThat(events.stream(ItemPublished.class)).isEmpty();
    }

    private void assertInvalid(ContentItem item, String field, String message) {
        assertThatThrownBy(() -> workflow.save(item))
                .isInstanceOf(InvalidItem.class)
                .hasMessage(message)
                .extracting("field")
                .isEqualTo(field);
        assertThat(catalog.findById(item.id())).isEmpty();
    }

    private long id(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow().id();
    }
}
