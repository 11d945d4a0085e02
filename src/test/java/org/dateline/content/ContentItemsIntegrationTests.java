package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClock.Config.class)
@Transactional
class ContentItemsIntegrationTests {

    @Autowired
    ContentItems items;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void storesAndReadsBackEveryField() {
        ContentItem item = ContentFixtures.item(
                        ContentType.EVENT, "Ministerial Council in Ljubljana: «Sécurité» — Ωμέγα, Беларусь")
                .slug("ministerial-council-in-ljubljana")
                .language("sl")
                .translationGroup(UUID.fromString("6f1c2a54-8a52-4c3e-9d1e-7b7f0d1c2e3f"))
                .summary("Zusammenfassung: \"Sicherheit\" & Zusammenarbeit – 'Ümlaut'")
                .body("<p>The Council met in <strong>Ljubljana</strong>.</p>")
                .dateline("LJUBLJANA, 5 December 2005")
                .date(2005, 12, 5)
                .time(LocalTime.of(10, 30, 15))
                .zone("Europe/Ljubljana")
                .place("Ljubljana")
                .source(id(Vocabulary.STRUCTURE, "chairpersonship"))
                .fieldsOfWork(id(Vocabulary.FIELD_OF_WORK, "youth"), id(Vocabulary.FIELD_OF_WORK, "arms-control"))
                .countries(id(Vocabulary.COUNTRY, "slovenia"), id(Vocabulary.COUNTRY, "belgium"))
                .meetingType(id(Vocabulary.MEETING_TYPE, "ministerial-council-meetings"))
                .publishAt(Instant.parse("2005-12-05T09:00:00Z"))
                .published(Instant.parse("2005-12-05T09:30:00.123456Z"))
                .createdAt(Instant.parse("2005-12-01T08:00:00.000001Z"))
                .updatedAt(Instant.parse("2005-12-04T17:45:59.999999Z"))
                .legacyUrl("https://www.osce.org/mc/17289?lang='en'")
                .build();

        items.save(item);

        assertThat(items.findById(item.id())).contains(item);
        assertThat(items.findByPath("/events/2005/12/ministerial-council-in-ljubljana"))
                .contains(item);
        assertThat(items.findByLegacyUrl("https://www.osce.org/mc/17289?lang='en'"))
                .contains(item);
    }

    @Test
    void storesTheOptionalFieldsAsAbsent() {
        ContentItem item = ContentFixtures.item(ContentType.PAGE, "About us").build();

        items.save(item);

        ContentItem stored = items.findByPath("/pages/about-us").orElseThrow();
        assertThat(stored).isEqualTo(item);
        assertThat(stored.time()).isNull();
        assertThat(stored.zone()).isNull();
        assertThat(stored.sourceId()).isNull();
        assertThat(stored.fieldOfWorkIds()).isEmpty();
        assertThat(stored.publishedAt()).isNull();
    }

    @Test
    void storesSqlMetacharactersLiterally() {
        String title = "Robert'); DROP TABLE content_item; -- 100% _wild_ \\ \"quoted\"";
        ContentItem item = ContentFixtures.item()
                .title(title)
                .summary("'; DELETE FROM term; --")
                .build();

        items.save(item);

        assertThat(items.findById(item.id()))
                .get()
                .extracting(ContentItem::title)
                .isEqualTo(title);
        assertThat(items.findById(item.id()))
                .get()
                .extracting(ContentItem::summary)
                .isEqualTo("'; DELETE FROM term; --");
        assertThat(items.findByPath("/press-releases/2006/12/%")).isEmpty();
        assertThat(taxonomy.terms(Vocabulary.FIELD_OF_WORK)).hasSize(23);
    }

    @Test
    void replacesAStoredItemAndItsTermsInTheNewOrder() {
        long youth = id(Vocabulary.FIELD_OF_WORK, "youth");
        long elections = id(Vocabulary.FIELD_OF_WORK, "elections");
        long policing = id(Vocabulary.FIELD_OF_WORK, "policing");
        ContentItem item = ContentFixtures.item().fieldsOfWork(youth, elections).build();
        items.save(item);

        ContentItem changed = ContentFixtures.from(item)
                .title("Changed title")
                .slug("changed-title")
                .fieldsOfWork(policing, youth)
                .countries(id(Vocabulary.COUNTRY, "serbia"))
                .status(ItemStatus.IN_REVIEW)
                .build();
        items.save(changed);

        assertThat(items.findById(item.id())).contains(changed);
        assertThat(items.findById(item.id()).orElseThrow().fieldOfWorkIds()).containsExactly(policing, youth);
        assertThat(items.findByPath(item.path())).isEmpty();
        assertThat(items.idAtPath("/press-releases/2006/12/changed-title")).contains(item.id());
    }

    @Test
    void findsNothingForUnknownIdsPathsAndLegacyUrls() {
        assertThat(items.findById(UUID.randomUUID())).isEmpty();
        assertThat(items.findByPath("/press-releases/1999/01/nothing")).isEmpty();
        assertThat(items.findByLegacyUrl("https://www.osce.org/nothing")).isEmpty();
        assertThat(items.idAtPath("/press-releases/1999/01/nothing")).isEmpty();
        assertThat(items.idOfLegacyUrl("https://www.osce.org/nothing")).isEmpty();
    }

    @Test
    void loadsTheTermsOfAPageOfItemsTogether() {
        long serbia = id(Vocabulary.COUNTRY, "serbia");
        long belgium = id(Vocabulary.COUNTRY, "belgium");
        ContentItem first = ContentFixtures.item()
                .title("First")
                .countries(serbia)
                .published(Instant.parse("2006-12-06T10:00:00Z"))
                .build();
        ContentItem second = ContentFixtures.item()
                .title("Second")
                .countries(belgium, serbia)
                .published(Instant.parse("2006-12-06T11:00:00Z"))
                .build();
        items.save(first);
        items.save(second);

        List<ContentItem> page = items.findPublished(ItemQuery.all(1, 10));

        assertThat(page).containsExactly(second, first);
        assertThat(page.get(0).countryIds()).containsExactly(belgium, serbia);
    }

    private long id(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow().id();
    }
}
