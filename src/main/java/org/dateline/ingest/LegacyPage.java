package org.dateline.ingest;

import java.time.LocalDate;
import java.util.List;
import org.dateline.content.ContentType;
import org.dateline.taxonomy.Vocabulary;

/**
 * What a legacy page shows, as raw as the page has it: names of sources, fields of work and countries are the
 * page's own words, not vocabulary terms, so that resolving them is a separate step ({@link #namesIn}). Fields the
 * page does not show are null or empty, never guessed; {@code warnings} say what the reader noticed but could not
 * read. {@code title} is null only for a page whose text opens with its dateline (the heading was not kept).
 */
public record LegacyPage(
        ContentType type,
        String typeLabel,
        String title,
        LocalDate date,
        String place,
        List<String> sourceNames,
        List<String> fieldOfWorkNames,
        List<String> countryNames,
        String language,
        String dateline,
        List<String> bodyParagraphs,
        boolean truncated,
        List<String> warnings) {

    public LegacyPage {
        sourceNames = List.copyOf(sourceNames);
        fieldOfWorkNames = List.copyOf(fieldOfWorkNames);
        countryNames = List.copyOf(countryNames);
        bodyParagraphs = List.copyOf(bodyParagraphs);
        warnings = List.copyOf(warnings);
    }

    /** The raw names the page gives for one vocabulary: sources are structures ("OSCE Secretariat"). */
    public List<String> namesIn(Vocabulary vocabulary) {
        return switch (vocabulary) {
            case STRUCTURE -> sourceNames;
            case FIELD_OF_WORK -> fieldOfWorkNames;
            case COUNTRY -> countryNames;
            case MEETING_TYPE -> List.of();
        };
    }
}
