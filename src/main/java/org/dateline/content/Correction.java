package org.dateline.content;

import java.time.Instant;

/** A public note on a change to a published item ("The date of the visit was corrected."), with its time. */
public record Correction(String note, Instant correctedAt) {}
