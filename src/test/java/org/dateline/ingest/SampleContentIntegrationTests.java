package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemQuery;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "dateline.ingest.sample-content=true")
class SampleContentIntegrationTests {

    @Autowired
    ContentCatalog catalog;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void aFreshStartPublishesTheSampleItemsWithTheirTerms() {
        List<ContentItem> items = catalog.findPublished(ItemQuery.all(1, 100)).items();

        assertThat(catalog.countAll()).isEqualTo(43);
        assertThat(items)
                .hasSize(43)
                .allSatisfy(item -> assertThat(item.sourceId()).isNotNull());
        ContentItem tokyo = items.stream()
                .filter(item -> item.title().startsWith("2018 OSCE Asian Conference in Tokyo"))
                .findFirst()
                .orElseThrow();
        assertThat(tokyo.sourceId()).isEqualTo(id(Vocabulary.STRUCTURE, "secretariat"));
        assertThat(tokyo.fieldOfWorkIds())
                .containsExactly(
                        id(Vocabulary.FIELD_OF_WORK, "cyber-ict-security"),
                        id(Vocabulary.FIELD_OF_WORK, "countering-terrorism"));
        assertThat(tokyo.countryIds()).containsExactly(id(Vocabulary.COUNTRY, "japan"));
        assertThat(tokyo.meetingTypeId()).isEqualTo(id(Vocabulary.MEETING_TYPE, "annual-osce-asian-conferences"));
        assertThat(tokyo.path())
                .isEqualTo("/events/2018/09/2018-osce-asian-conference-in-tokyo-to-discuss-cyber-security-and"
                        + "-countering-terrorism");
    }

    private Long id(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, new Slug(slug)).orElseThrow().id();
    }
}
