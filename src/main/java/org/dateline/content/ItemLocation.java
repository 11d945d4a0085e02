package org.dateline.content;

import java.time.Instant;

/** Where a published item lives and when it last changed: a line of a sitemap. */
public record ItemLocation(String path, Instant updatedAt) {}
