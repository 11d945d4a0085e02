package org.dateline.ingest;

import java.time.LocalDate;

/**
 * How to import: {@code dryRun} reads and maps every item but writes nothing; {@code fallbackDate} dates items whose
 * source shows no date (without it such items fail, since an item needs a date).
 */
public record ImportOptions(boolean dryRun, LocalDate fallbackDate) {

    public static final ImportOptions WRITE = new ImportOptions(false, null);
}
