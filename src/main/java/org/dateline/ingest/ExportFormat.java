package org.dateline.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms an export takes: NDJSON, the import's own item format (an export imports back as the same items),
 * and CSV (RFC 4180, one row an item, for spreadsheets).
 */
public enum ExportFormat {
    NDJSON("application/x-ndjson", "ndjson"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, also the format's name on the command line and in URLs. */
    public String extension() {
        return extension;
    }

    /** The format named {@code ndjson} or {@code csv} (any case). */
    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values())
                .filter(format -> format.extension.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
