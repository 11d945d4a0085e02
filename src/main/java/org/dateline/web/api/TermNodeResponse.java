package org.dateline.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A term of a vocabulary with the terms below it, in the vocabulary's order. */
@Schema(
        name = "TermNode",
        requiredProperties = {
            "slug",
            "name",
            "short_name",
            "aliases",
            "code",
            "valid_from",
            "valid_until",
            "retired",
            "url",
            "children"
        },
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record TermNodeResponse(
        @Schema(example = "mission-to-serbia") String slug,
        @Schema(example = "OSCE Mission to Serbia") String name,

        @JsonProperty("short_name") @Schema(description = "The name under its parent", example = "Mission to Serbia")
        String shortName,

        @Schema(description = "Former and alternative names; searching by them finds the term")
        List<String> aliases,

        @Schema(
                types = {"string", "null"},
                description = "ISO 3166-1 alpha-2 code of a country",
                example = "RS")
        String code,

        @JsonProperty("valid_from")
        @Schema(
                types = {"string", "null"},
                format = "date")
        String validFrom,

        @JsonProperty("valid_until")
        @Schema(
                types = {"string", "null"},
                format = "date",
                description = "When a field operation closed")
        String validUntil,

        @Schema(description = "Retired terms keep their items but are no longer assigned")
        boolean retired,

        @Schema(format = "uri", description = "The term's listing on the site")
        String url,

        List<TermNodeResponse> children) {}
