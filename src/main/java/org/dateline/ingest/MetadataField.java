package org.dateline.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The labels of a legacy page's metadata block ("Date:", "Issued by:", ...) grouped by what they state. */
enum MetadataField {
    DATE(false, "date", "issued on", "published", "дата"),
    PLACE(false, "place", "location", "место"),
    SOURCE(true, "source", "issued by", "organized by", "organised by", "источник"),
    FIELDS_OF_WORK(true, "fields of work", "field of work", "области деятельности", "направления деятельности"),
    COUNTRIES(true, "country", "countries", "страна", "страны");

    private final boolean namesList;
    private final List<String> labels;

    MetadataField(boolean namesList, String... labels) {
        this.namesList = namesList;
        this.labels = List.of(labels);
    }

    /** Whether a value may list several names separated by commas ("Human rights, Tolerance and ..."). */
    boolean listsNames() {
        return namesList;
    }

    /** The field a label names, with or without its colon, in any case. */
    static Optional<MetadataField> ofLabel(String label) {
        String key = label.strip().replaceAll(":$", "").strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.labels.contains(key)).findFirst();
    }
}
