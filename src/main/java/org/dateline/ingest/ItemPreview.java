package org.dateline.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * An item as a dry run shows it: term-valued fields carry the vocabulary's canonical display names, {@code bodyText}
 * is the body's text without markup and without the dateline, paragraphs separated by blank lines.
 */
public record ItemPreview(
        String type,
        String title,
        LocalDate date,
        String place,
        String source,
        List<String> fieldsOfWork,
        List<String> countries,
        String language,
        String dateline,
        String bodyText,
        String legacyUrl) {

    public ItemPreview {
        fieldsOfWork = List.copyOf(fieldsOfWork);
        countries = List.copyOf(countries);
    }
}
