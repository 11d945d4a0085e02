package org.dateline.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** One vocabulary: its name in URLs, its title, the item search parameter it filters by, and where its terms are. */
@Schema(
        name = "Vocabulary",
        requiredProperties = {"name", "title", "parameter", "terms", "url", "terms_url"},
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record VocabularyResponse(
        @Schema(example = "fields-of-work") String name,
        @Schema(example = "Fields of work") String title,

        @Schema(description = "The GET /items parameter that filters by its term slugs", example = "field")
        String parameter,

        @Schema(description = "How many terms it has, retired ones included", minimum = "0")
        int terms,

        @Schema(format = "uri", description = "Its index page on the site")
        String url,

        @com.fasterxml.jackson.annotation.JsonProperty("terms_url")
        @Schema(format = "uri", description = "Its terms as a tree in the API")
        String termsUrl) {}
