package org.dateline.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * One page of a search: the items, how many match in all, the facet counts asked for (keyed by the facet's
 * parameter name) and the way to the next page.
 */
@Schema(
        name = "ItemList",
        requiredProperties = {"total", "page", "limit", "items", "facets", "next_cursor", "links"},
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record ItemListResponse(
        @Schema(description = "How many published items match, on all pages", minimum = "0")
        long total,

        @Schema(description = "The page number asked for (1 when paging by cursor)", minimum = "1")
        int page,

        @Schema(description = "Items per page", minimum = "1", maximum = "100")
        int limit,

        List<ItemJson> items,

        @Schema(
                description = "Counts per facet, keyed by the facet's parameter (type, field, country, source,"
                        + " meeting, year, language); each facet counted as if its own selection were absent")
        Map<String, List<FacetValueResponse>> facets,

        @JsonProperty("next_cursor")
        @Schema(
                types = {"string", "null"},
                description = "Pass as cursor= for the next page; null on the last page")
        String nextCursor,

        Links links) {

    /** Absolute addresses of this page and the next. */
    @Schema(
            name = "ItemListLinks",
            requiredProperties = {"self", "next"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Links(
            @Schema(format = "uri") String self,

            @Schema(
                    types = {"string", "null"},
                    format = "uri",
                    description = "null on the last page")
            String next) {}
}
