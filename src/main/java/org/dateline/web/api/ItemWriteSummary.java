package org.dateline.web.api;

import java.util.List;

/** The answer to a bulk write: how many items were created, updated, unchanged and failed, and every line's outcome. */
record ItemWriteSummary(int created, int updated, int unchanged, int failed, List<ItemWriteLine> items) {

    static ItemWriteSummary of(List<ItemWriteLine> lines) {
        return new ItemWriteSummary(
                count(lines, "created"),
                count(lines, "updated"),
                count(lines, "unchanged"),
                count(lines, "failed"),
                List.copyOf(lines));
    }

    private static int count(List<ItemWriteLine> lines, String outcome) {
        return (int)
                lines.stream().filter(line -> line.outcome().equals(outcome)).count();
    }
}
