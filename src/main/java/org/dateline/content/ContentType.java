package org.dateline.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of item Dateline publishes; each has its own URL segment, e.g. {@code /press-releases/2006/12/...}. */
public enum ContentType {
    PRESS_RELEASE("press-releases", "press-release"),
    NEWS("news", "news"),
    STATEMENT("statements", "statement"),
    EVENT("events", "event"),
    PUBLICATION("publications", "publication"),
    PAGE("pages", "page");

    private final String pathSegment;
    private final String code;

    ContentType(String pathSegment, String code) {
        this.pathSegment = pathSegment;
        this.code = code;
    }

    public String pathSegment() {
        return pathSegment;
    }

    /** The name used in JSON, NDJSON and query parameters, e.g. {@code press-release}. */
    public String code() {
        return code;
    }

    public static Optional<ContentType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static Optional<ContentType> fromPathSegment(String segment) {
        return Arrays.stream(values())
                .filter(t -> t.pathSegment.equals(segment))
                .findFirst();
    }
}
