package org.dateline.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A published item's id with what orders it newest first: its date, its time if it has one, its publication. */
public record DatedId(UUID id, LocalDate date, LocalTime time, Instant publishedAt) {}
