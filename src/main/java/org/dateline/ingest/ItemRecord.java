package org.dateline.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.dateline.content.ContentType;
import org.dateline.content.ItemStatus;

/**
 * One item as an import source gives it, before its term references are resolved: a line of an NDJSON file or a
 * legacy page. Values the source does not give are null (lists: empty); {@code body} is HTML; {@code warnings} are
 * what reading the source noticed.
 */
public record ItemRecord(
        UUID id,
        ContentType type,
        String language,
        UUID translationGroup,
        String slug,
        String title,
        String summary,
        String body,
        String dateline,
        LocalDate date,
        LocalTime time,
        ZoneId zone,
        String place,
        TermReference source,
        List<TermReference> fieldsOfWork,
        List<TermReference> countries,
        TermReference meetingType,
        ItemStatus status,
        Instant publishedAt,
        String legacyUrl,
        List<String> warnings) {

    public ItemRecord {
        fieldsOfWork = List.copyOf(fieldsOfWork);
        countries = List.copyOf(countries);
        warnings = List.copyOf(warnings);
    }

    /** This record with another status. */
    public ItemRecord withStatus(ItemStatus status) {
        return new ItemRecord(
                id,
                type,
                language,
                translationGroup,
                slug,
                title,
                summary,
                body,
                dateline,
                date,
                time,
                zone,
                place,
                source,
                fieldsOfWork,
                countries,
                meetingType,
                status,
                publishedAt,
                legacyUrl,
                warnings);
    }

    /** This record with other warnings. */
    public ItemRecord withWarnings(List<String> warnings) {
        return new ItemRecord(
                id,
                type,
                language,
                translationGroup,
                slug,
                title,
                summary,
                body,
                dateline,
                date,
                time,
                zone,
                place,
                source,
                fieldsOfWork,
                countries,
                meetingType,
                status,
                publishedAt,
                legacyUrl,
                warnings);
    }
}
