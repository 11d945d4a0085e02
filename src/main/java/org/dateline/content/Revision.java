package org.dateline.content;

import java.time.Instant;
import java.util.UUID;

/** The text of an item as one save left it; the audit log tells who saved it. */
public record Revision(
        long id,
        UUID itemId,
        Instant savedAt,
        String title,
        String summary,
        String body,
        String dateline,
        String place) {}
