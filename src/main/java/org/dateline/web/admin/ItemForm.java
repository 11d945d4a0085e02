package org.dateline.web.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dateline.content.ContentItem;
import org.dateline.content.ContentType;
import org.dateline.shared.Slug;
import org.dateline.web.Messages;

/**
 * The item form as the browser sends it: every value as typed, so that a wrong one comes back with a message
 * next to its field rather than as a bad request.
 */
public record ItemForm(
        String type,
        String language,
        String title,
        String slug,
        String summary,
        String body,
        String dateline,
        String date,
        String time,
        String zone,
        String place,
        Long sourceId,
        List<Long> fieldOfWorkIds,
        List<Long> countryIds,
        Long meetingTypeId,
        String correctionNote,
        UUID translationOf) {

    public ItemForm {
        fieldOfWorkIds = fieldOfWorkIds == null ? List.of() : List.copyOf(fieldOfWorkIds);
        countryIds = countryIds == null ? List.of() : List.copyOf(countryIds);
    }

    static ItemForm blank(LocalDate today) {
        return new ItemForm(
                ContentType.PRESS_RELEASE.code(),
                "en",
                "",
                "",
                "",
                "",
                "",
                today.toString(),
                "",
                "",
                "",
                null,
                List.of(),
                List.of(),
                null,
                "",
                null);
    }

    /**
     * A new item in another language of the original: its type, date, place, source and classification, the text
     * left to the translator and the language to choose.
     */
    static ItemForm translationOf(ContentItem original) {
        return new ItemForm(
                original.type().code(),
                "",
                "",
                "",
                "",
                "",
                "",
                original.date().toString(),
                original.time() == null ? "" : original.time().toString(),
                original.zone() == null ? "" : original.zone().getId(),
                original.place(),
                original.sourceId(),
                original.fieldOfWorkIds(),
                original.countryIds(),
                original.meetingTypeId(),
                "",
                original.id());
    }

    static ItemForm of(ContentItem item) {
        return new ItemForm(
                item.type().code(),
                item.language(),
                item.title(),
                item.slug().value(),
                item.summary(),
                item.body(),
                item.dateline(),
                item.date().toString(),
                item.time() == null ? "" : item.time().toString(),
                item.zone() == null ? "" : item.zone().getId(),
                item.place(),
                item.sourceId(),
                item.fieldOfWorkIds(),
                item.countryIds(),
                item.meetingTypeId(),
                "",
                null);
    }

    /**
     * The chosen terms with those the item (or the original it translates) had first, in its order, then the new
     * ones. A list box sends its choices in the vocabulary's order, and an item's first field of work and country
     * are its main ones (its related items are found by them): saving it unchanged must not reorder them.
     */
    private static List<Long> inStoredOrder(List<Long> chosen, List<Long> stored) {
        List<Long> ordered =
                new ArrayList<>(stored.stream().filter(chosen::contains).toList());
        chosen.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        return ordered;
    }

    /**
     * The item the form describes, with the workflow state of {@code stored} (null for a new draft, which joins the
     * translation group of {@code original} when it translates one); errors of values that do not parse are added
     * to {@code errors} by field name, and the result is then null.
     */
    ContentItem toItem(ContentItem stored, ContentItem original, Messages t, Map<String, String> errors) {
        ContentType contentType =
                type == null ? null : ContentType.fromCode(type).orElse(null);
        if (contentType == null) {
            errors.put("type", t.get("admin.error.type"));
        }
        LocalDate itemDate = null;
        try {
            itemDate = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            errors.put("date", t.get("admin.error.date"));
        }
        LocalTime itemTime = null;
        if (time != null && !time.isBlank()) {
            try {
                itemTime = LocalTime.parse(time.strip());
            } catch (DateTimeParseException e) {
                errors.put("time", t.get("admin.error.time"));
            }
        }
        ZoneId itemZone = null;
        if (zone != null && !zone.isBlank()) {
            try {
                itemZone = ZoneId.of(zone.strip());
            } catch (RuntimeException e) {
                errors.put("zone", t.get("admin.error.zone"));
            }
        }
        Slug itemSlug = null;
        if (slug != null && !slug.isBlank()) {
            try {
                itemSlug = new Slug(slug.strip());
            } catch (IllegalArgumentException e) {
                errors.put("slug", t.get("admin.error.slug"));
            }
        }
        if (title == null || title.isBlank()) {
            errors.put("title", t.get("admin.error.required"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        ContentItem ordered = stored != null ? stored : original;
        return new ContentItem(
                stored == null ? null : stored.id(),
                itemSlug,
                contentType,
                language,
                stored != null ? stored.translationGroup() : original == null ? null : original.translationGroup(),
                title,
                summary,
                body,
                dateline,
                itemDate,
                itemTime,
                itemZone,
                place,
                sourceId,
                inStoredOrder(fieldOfWorkIds, ordered == null ? List.of() : ordered.fieldOfWorkIds()),
                inStoredOrder(countryIds, ordered == null ? List.of() : ordered.countryIds()),
                meetingTypeId,
                stored == null ? null : stored.status(),
                stored == null ? null : stored.publishAt(),
                stored == null ? null : stored.publishedAt(),
                stored == null ? null : stored.createdAt(),
                null,
                stored == null ? null : stored.legacyUrl());
    }
}
