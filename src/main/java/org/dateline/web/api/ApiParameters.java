package org.dateline.web.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API reads its query parameters strictly: a parameter it does not know, a repeated one that takes one value,
 * or a value it cannot read is a 400 naming the parameter, so a typo never silently widens a query.
 */
final class ApiParameters {

    static final String FIELDS = "fields";
    static final String LIMIT = "limit";
    static final String FACETS = "facets";

    private ApiParameters() {}

    /** Refuses any parameter but the allowed ones. */
    static void allowOnly(Map<String, List<String>> params, Collection<String> allowed) {
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadParameter(
                        name,
                        "Unknown parameter " + name + "; this endpoint takes "
                                + (allowed.isEmpty() ? "no parameters" : String.join(", ", new TreeSet<>(allowed))));
            }
        }
    }

    /** The single value of the parameter, null when absent or blank; several values are refused. */
    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        if (values.size() > 1) {
            throw new BadParameter(name, "The parameter " + name + " takes one value, not " + values.size());
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** The fields asked for ({@code fields=title,date}, or repeated), always with id and url; {@code defaults} if none. */
    static Set<ItemField> fields(Map<String, List<String>> params, Set<ItemField> defaults) {
        List<String> names = commaSeparated(params, FIELDS);
        if (names.isEmpty()) {
            return defaults;
        }
        Set<ItemField> fields = EnumSet.copyOf(ItemField.ALWAYS);
        for (String name : names) {
            fields.add(ItemField.fromJson(name)
                    .orElseThrow(() -> new BadParameter(
                            FIELDS,
                            "Unknown field " + name + "; fields are "
                                    + String.join(
                                            ", ",
                                            EnumSet.allOf(ItemField.class).stream()
                                                    .map(ItemField::json)
                                                    .toList()))));
        }
        return fields;
    }

    /** The page size asked for with {@code limit}, {@code fallback} if none; the query checks the range. */
    static int limit(Map<String, List<String>> params, int fallback) {
        String limit = single(params, LIMIT);
        if (limit == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new BadParameter(LIMIT, "The limit " + limit + " is no whole number");
        }
    }

    /** Values given comma-separated, repeated, or both, in order, without blanks and repeats. */
    static List<String> commaSeparated(Map<String, List<String>> params, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value != null) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        return new ArrayList<>(values);
    }
}
