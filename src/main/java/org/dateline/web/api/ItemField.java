package org.dateline.web.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The fields of an item a client may select with {@code fields=}, by their JSON names, in the order they are written. */
enum ItemField {
    ID("id"),
    URL("url"),
    PATH("path"),
    TYPE("type"),
    LANGUAGE("language"),
    TRANSLATION_GROUP("translation_group"),
    TRANSLATIONS("translations"),
    SLUG("slug"),
    TITLE("title"),
    SUMMARY("summary"),
    BODY("body"),
    DATELINE("dateline"),
    DATE("date"),
    TIME("time"),
    TIMEZONE("timezone"),
    PLACE("place"),
    SOURCE("source"),
    FIELDS_OF_WORK("fields_of_work"),
    COUNTRIES("countries"),
    MEETING_TYPE("meeting_type"),
    PUBLISHED_AT("published_at"),
    UPDATED_AT("updated_at"),
    LEGACY_URL("legacy_url");

    /** Always written, whatever {@code fields=} says: an item is always identified and linked. */
    static final Set<ItemField> ALWAYS = EnumSet.of(ID, URL);

    /** What a list of items holds when {@code fields=} is not given: everything but the body. */
    static final Set<ItemField> LIST_DEFAULT = EnumSet.complementOf(EnumSet.of(BODY));

    private final String json;

    ItemField(String json) {
        this.json = json;
    }

    String json() {
        return json;
    }

    static Optional<ItemField> fromJson(String name) {
        return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }
}
