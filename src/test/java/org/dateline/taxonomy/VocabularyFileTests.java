package org.dateline.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.dateline.shared.Slug;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VocabularyFileTests {

    private static final ClassPathResource OSCE = new ClassPathResource("vocabulary/osce.json");

    /** The slugs other modules and legacy URLs rely on that are not simply the short name's slug. */
    private static final Map<String, String> FIXED_SLUGS = Map.of(
            "Office for Democratic Institutions and Human Rights", "odihr",
            "High Commissioner on National Minorities", "hcnm",
            "Representative on Freedom of the Media", "rfom",
            "Office of the Co-ordinator of OSCE Economic and Environmental Activities", "oceea",
            "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings", "cthb",
            "Asian Partners for Co-operation", "asian-partners",
            "Mediterranean Partners for Co-operation", "mediterranean-partners");

    private final VocabularyFile file = VocabularyFile.read(OSCE);

    @Test
    void derivesEverySlugFromTheShortNameExceptTheFixedOnes() {
        for (Vocabulary vocabulary : Vocabulary.values()) {
            for (VocabularyFile.Entry entry : flatten(file.entries(vocabulary))) {
                String expected = FIXED_SLUGS.getOrDefault(
                        entry.shortName(), Slug.from(entry.shortName()).value());
                assertThat(entry.slug()).as(entry.shortName()).isEqualTo(expected);
            }
        }
    }

    @Test
    void spellsOutEveryPropertyOfEveryTerm() {
        JsonNode vocabularies =
                JsonMapper.builder().build().readTree(asString()).get("vocabularies");
        Set<String> properties = Set.of("slug", "name", "short_name", "aliases", "code", "valid_from", "valid_until");
        List<JsonNode> terms = new ArrayList<>();
        vocabularies.values().forEach(roots -> collect(roots, terms));
        assertThat(terms).hasSize(158);
        for (JsonNode term : terms) {
            Set<String> present = new HashSet<>(term.propertyNames());
            present.remove("children");
            assertThat(present).as(term.get("slug").asString()).isEqualTo(properties);
        }
    }

    @Test
    void listsTheChairpersonshipOfEveryYearFrom1991To2026() {
        assertThat(file.chairpersonships())
                .extracting(VocabularyFile.ChairpersonshipEntry::year)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1991, 2026).boxed().toList());
        assertThat(file.chairpersonships().get(2006 - 1991).country()).isEqualTo("belgium");
    }

    @Test
    void refusesATermWithoutName() {
        var broken = new ByteArrayResource("""
                {"vocabularies": {"FIELD_OF_WORK": [{"slug": "youth", "short_name": "Youth"}]}}""".getBytes());
        assertThatThrownBy(() -> VocabularyFile.read(broken)).hasMessageContaining("lacks the name of youth");
    }

    @Test
    void refusesAnUnknownProperty() {
        var misspelt = new ByteArrayResource("""
                {"vocabularies": {"FIELD_OF_WORK": [{"slug": "youth", "name": "Youth", "short_name": "Youth",
                 "valid_to": "2020-01-01"}]}}""".getBytes());
        assertThatThrownBy(() -> VocabularyFile.read(misspelt)).hasMessageContaining("valid_to");
    }

    private static List<VocabularyFile.Entry> flatten(List<VocabularyFile.Entry> entries) {
        List<VocabularyFile.Entry> all = new ArrayList<>();
        for (VocabularyFile.Entry entry : entries) {
            all.add(entry);
            all.addAll(flatten(entry.children()));
        }
        return all;
    }

    private static void collect(JsonNode terms, List<JsonNode> into) {
        for (JsonNode term : terms) {
            into.add(term);
            if (term.has("children")) {
                collect(term.get("children"), into);
            }
        }
    }

    private static String asString() {
        try {
            return OSCE.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
