package org.dateline.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.shared.Slug;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

@ApplicationModuleTest
@TestPropertySource(properties = "dateline.taxonomy.vocabulary-location=classpath:vocabulary/another-organization.json")
class VocabularyLocationIntegrationTests {

    @Autowired
    Taxonomy taxonomy;

    @Test
    void loadsTheVocabularyFileTheSettingNames() {
        assertThat(taxonomy.terms(Vocabulary.FIELD_OF_WORK))
                .extracting(Term::name)
                .containsExactly("Fisheries");
        assertThat(taxonomy.terms(Vocabulary.MEETING_TYPE)).isEmpty();
        assertThat(taxonomy.terms(Vocabulary.COUNTRY))
                .extracting(Term::shortName)
                .containsExactly("Members", "Iceland", "Norway");
        assertThat(taxonomy.resolve(Vocabulary.FIELD_OF_WORK, "fishing"))
                .get()
                .extracting(Term::slug)
                .isEqualTo(new Slug("fisheries"));
        assertThat(taxonomy.chairpersonship(2025)).get().extracting(Term::code).isEqualTo("IS");
        assertThat(taxonomy.find(Vocabulary.STRUCTURE, new Slug("council")))
                .get()
                .extracting(Term::retired)
                .isEqualTo(true);
        assertThat(taxonomy.find(Vocabulary.COUNTRY, new Slug("belgium"))).isEmpty();
    }
}
