package org.dateline.ingest;

import java.time.LocalDate;

/**
 * A dateline found at the start of a paragraph: {@code place} and {@code text} as written ("VIENNA, 2 April,
 * 2004"), {@code date} when the dateline shows a real calendar date (null for a {@code DATE} placeholder), and
 * {@code rest}, the paragraph after the dateline and its dash (empty when the paragraph is only a dateline).
 */
public record Dateline(String place, LocalDate date, String text, String rest) {}
