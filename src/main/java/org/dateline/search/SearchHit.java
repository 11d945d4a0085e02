package org.dateline.search;

import java.time.LocalDate;
import java.util.UUID;
import org.dateline.content.ContentType;

/**
 * One published item found, with what a result list shows, read from the index. {@code snippet} is HTML:
 * escaped text of the body with the matches in {@code <mark>}; null when the search has no text or the
 * body does not match.
 */
public record SearchHit(
        UUID id,
        String path,
        ContentType type,
        String language,
        String title,
        String summary,
        LocalDate date,
        String place,
        Long sourceId,
        String snippet) {}
