package org.dateline.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dateline.taxonomy.Term;

/** A vocabulary term where an item names it: its slug (the value to filter by) and its full name, as in NDJSON. */
@Schema(
        name = "TermRef",
        requiredProperties = {"slug", "name"})
record TermResponse(
        @Schema(example = "mission-to-serbia") String slug,
        @Schema(example = "OSCE Mission to Serbia") String name) {

    static TermResponse of(Term term) {
        return new TermResponse(term.slug().value(), term.name());
    }
}
