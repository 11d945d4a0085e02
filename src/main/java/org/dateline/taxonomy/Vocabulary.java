package org.dateline.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/** The vocabularies items are classified by; each has its own URL segment on the site. */
public enum Vocabulary {
    FIELD_OF_WORK("fields-of-work"),
    MEETING_TYPE("meetings-and-conferences"),
    COUNTRY("countries"),
    STRUCTURE("structures");

    private final String pathSegment;

    Vocabulary(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The URL segment of the vocabulary's listings, e.g. {@code /fields-of-work/migration}. */
    public String pathSegment() {
        return pathSegment;
    }

    public static Optional<Vocabulary> fromPathSegment(String segment) {
        return Arrays.stream(values())
                .filter(v -> v.pathSegment.equals(segment))
                .findFirst();
    }
}
