package org.dateline.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One value of a facet among the results: {@code slug} is what to pass as the facet's parameter (a term's slug, a
 * type code, a year, a language tag), {@code name} is how to show it; a vocabulary facet's values nest their
 * children, whose items a parent's count includes.
 */
@Schema(
        name = "FacetValue",
        requiredProperties = {"slug", "name", "count", "selected", "children"},
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record FacetValueResponse(
        @Schema(example = "serbia") String slug,
        @Schema(example = "Serbia") String name,

        @Schema(minimum = "0", description = "How many results selecting this value would give")
        long count,

        @Schema(description = "Whether the query selects this value")
        boolean selected,

        List<FacetValueResponse> children) {}
