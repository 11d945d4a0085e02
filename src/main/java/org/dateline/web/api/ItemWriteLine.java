package org.dateline.web.api;

import java.util.List;
import java.util.UUID;

/** What became of one line of a bulk write: as {@link ItemWriteResponse}, or {@code failed} with an {@code error}. */
record ItemWriteLine(
        int line, String outcome, UUID id, String url, String status, String error, List<String> warnings) {

    static ItemWriteLine failed(int line, String error) {
        return new ItemWriteLine(line, "failed", null, null, null, error, List.of());
    }
}
