package org.dateline.ingest;

import java.util.List;
import java.util.UUID;

/**
 * What importing one item did: created, updated or left unchanged the item {@code itemId} at {@code path}, or failed
 * for {@code error}, or (on a dry run) was only read ({@code preview}). {@code warnings} name what the item lost or
 * what was assumed: a name that maps to no term, a default type, a fallback date.
 */
public record ImportResult(
        Outcome outcome, UUID itemId, String path, String error, List<String> warnings, ItemPreview preview) {

    /** What became of an item. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        FAILED,
        PREVIEWED
    }

    public ImportResult {
        warnings = List.copyOf(warnings);
    }

    static ImportResult failed(String error, List<String> warnings) {
        return new ImportResult(Outcome.FAILED, null, null, error, warnings, null);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
