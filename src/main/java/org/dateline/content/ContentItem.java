package org.dateline.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.dateline.shared.Slug;

/**
 * One published or unpublished piece of content. Vocabulary references are term ids ({@code sourceId},
 * {@code fieldOfWorkIds}, {@code countryIds}, {@code meetingTypeId}); the taxonomy module resolves them.
 * {@code body} is sanitized HTML; {@code dateline} is the lead's place-and-date prefix
 * ("MOSCOW, 6 December 2006") when the item has one.
 */
public record ContentItem(
        UUID id,
        Slug slug,
        ContentType type,
        String language,
        UUID translationGroup,
        String title,
        String summary,
        String body,
        String dateline,
        LocalDate date,
        LocalTime time,
        ZoneId zone,
        String place,
        Long sourceId,
        List<Long> fieldOfWorkIds,
        List<Long> countryIds,
        Long meetingTypeId,
        ItemStatus status,
        Instant publishAt,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        String legacyUrl) {

    public ContentItem {
        fieldOfWorkIds = List.copyOf(fieldOfWorkIds);
        countryIds = List.copyOf(countryIds);
    }

    /** The canonical, citable URL path: {@code /press-releases/2006/12/slug}, or {@code /pages/slug} for pages. */
    public String path() {
        return pathOf(type, date, slug);
    }

    public static String pathOf(ContentType type, LocalDate date, Slug slug) {
        if (type == ContentType.PAGE) {
            return "/" + type.pathSegment() + "/" + slug.value();
        }
        return "/%s/%04d/%02d/%s".formatted(type.pathSegment(), date.getYear(), date.getMonthValue(), slug.value());
    }

    public boolean isPublished() {
        return status == ItemStatus.PUBLISHED;
    }

    ContentItem withTermIds(List<Long> fieldOfWorkIds, List<Long> countryIds) {
        return new ContentItem(
                id,
                slug,
                type,
                language,
                translationGroup,
                title,
                summary,
                body,
                dateline,
                date,
                time,
                zone,
                place,
                sourceId,
                fieldOfWorkIds,
                countryIds,
                meetingTypeId,
                status,
                publishAt,
                publishedAt,
                createdAt,
                updatedAt,
                legacyUrl);
    }

    ContentItem withStatus(ItemStatus status, Instant publishedAt, Instant updatedAt) {
        return new ContentItem(
                id,
                slug,
                type,
                language,
                translationGroup,
                title,
                summary,
                body,
                dateline,
                date,
                time,
                zone,
                place,
                sourceId,
                fieldOfWorkIds,
                countryIds,
                meetingTypeId,
                status,
                publishAt,
                publishedAt,
                createdAt,
                updatedAt,
                legacyUrl);
    }
}
