package org.dateline.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The published item as the OpenAPI document describes it: the NDJSON import and export shape where they overlap
 * (snake_case keys, terms as {@code {slug, name}}, ISO dates), plus its canonical {@code url}. Only the fields asked
 * for with {@code fields=} are present (always {@code id} and {@code url}); a present field without a value is null.
 * {@link ItemJson} is what the endpoints really write; the contract tests hold the two together.
 */
@Schema(
        name = "Item",
        requiredProperties = {"id", "url"},
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record ItemResponse(
        @Schema(format = "uuid", example = "586746a7-85c2-47f1-80e7-2956f9c75264")
        String id,

        @Schema(
                format = "uri",
                description = "The item's canonical, citable page",
                example = "https://www.osce.org/press-releases/2006/12/international-workshop")
        String url,

        @Schema(description = "The canonical page's path", example = "/press-releases/2006/12/international-workshop")
        String path,

        @Schema(
                allowableValues = {"press-release", "news", "statement", "event", "publication", "page"},
                example = "press-release")
        String type,

        @Schema(description = "BCP 47 language tag", example = "en")
        String language,

        @JsonProperty("translation_group")
        @Schema(format = "uuid", description = "Shared by an item and its translations")
        String translationGroup,

        @Schema(description = "The item's published translations: the other items of its translation group")
        List<TranslationResponse> translations,

        @Schema(example = "international-workshop") String slug,
        String title,
        @Schema(types = {"string", "null"}) String summary,
        @Schema(description = "Sanitized HTML") String body,

        @Schema(
                types = {"string", "null"},
                example = "MOSCOW, 6 December 2006")
        String dateline,

        @Schema(format = "date", example = "2006-12-06") String date,

        @Schema(
                types = {"string", "null"},
                pattern = "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$",
                example = "10:30",
                description = "Local time in the timezone (HH:MM, or HH:MM:SS), if the item has one")
        String time,

        @Schema(
                types = {"string", "null"},
                description = "IANA time zone of the time",
                example = "Europe/Vienna")
        String timezone,

        @Schema(
                types = {"string", "null"},
                example = "Moscow")
        String place,

        @Schema(description = "The structure (unit, institution, field operation) that issued the item; null if none")
        TermResponse source,

        @JsonProperty("fields_of_work") List<TermResponse> fieldsOfWork,
        List<TermResponse> countries,

        @JsonProperty("meeting_type") @Schema(description = "The meeting the item belongs to; null if none")
        TermResponse meetingType,

        @JsonProperty("published_at")
        @Schema(format = "date-time", description = "RFC 3339, UTC", example = "2006-12-06T10:00:00Z")
        String publishedAt,

        @JsonProperty("updated_at")
        @Schema(format = "date-time", description = "RFC 3339, UTC", example = "2006-12-07T08:15:00Z")
        String updatedAt,

        @JsonProperty("legacy_url")
        @Schema(
                types = {"string", "null"},
                description = "The address on the legacy site it was imported from")
        String legacyUrl) {}
