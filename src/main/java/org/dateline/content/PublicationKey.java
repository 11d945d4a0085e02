package org.dateline.content;

import java.time.Instant;
import java.util.UUID;

/** Where a published item stands in publication order: its publication time, then its id among items published at once. */
public record PublicationKey(Instant publishedAt, UUID id) {}
