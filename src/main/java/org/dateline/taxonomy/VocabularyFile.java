package org.dateline.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.shared.Slug;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organization's vocabularies as shipped in a JSON file ({@code vocabulary/osce.json}): per vocabulary
 * a tree of terms, listed in the order navigation shows them, and the Chairpersonship of each year as a
 * country slug.
 */
record VocabularyFile(Map<Vocabulary, List<Entry>> vocabularies, List<ChairpersonshipEntry> chairpersonships) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    VocabularyFile {
        vocabularies = Map.copyOf(required(vocabularies, "vocabularies"));
        chairpersonships = chairpersonships == null ? List.of() : List.copyOf(chairpersonships);
    }

    /**
     * One term with its children; {@code shortName} is the navigation label, {@code name} the full one, and
     * the optional {@code retired} marks a term no longer offered for new items.
     */
    record Entry(
            String slug,
            String name,
            String shortName,
            List<String> aliases,
            String code,
            LocalDate validFrom,
            LocalDate validUntil,
            Boolean retired,
            List<Entry> children) {

        Entry {
            new Slug(required(slug, "slug"));
            name = requiredText(name, "name of " + slug);
            shortName = requiredText(shortName, "short_name of " + slug);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            children = children == null ? List.of() : List.copyOf(children);
            retired = Boolean.TRUE.equals(retired);
        }
    }

    record ChairpersonshipEntry(int year, String country) {

        ChairpersonshipEntry {
            new Slug(required(country, "country of the Chairpersonship " + year));
        }
    }

    static VocabularyFile read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readValue(in, VocabularyFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vocabulary file " + resource, e);
        } catch (JacksonException e) {
            throw new IllegalStateException("The vocabulary file " + resource + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The entries of one vocabulary in file order, each before its children. */
    List<Entry> entries(Vocabulary vocabulary) {
        return vocabularies.getOrDefault(vocabulary, List.of());
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("The vocabulary file lacks " + what);
        }
        return value;
    }

    private static String requiredText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The vocabulary file lacks the " + what);
        }
        return value.strip();
    }
}
