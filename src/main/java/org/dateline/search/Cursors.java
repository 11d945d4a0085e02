package org.dateline.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * Cursors for deep paging: the sort values of the last hit of a page, as an opaque URL-safe string. The id
 * is the last sort value, so the values alone place a hit and a cursor survives changes to the index.
 */
final class Cursors {

    private Cursors() {}

    static String encode(FieldDoc last) {
        List<String> parts = new ArrayList<>();
        for (Object value : last.fields) {
            if (value instanceof Float f) {
                parts.add("f" + Float.floatToIntBits(f));
            } else if (value instanceof Long l) {
                parts.add("l" + l);
            } else if (value instanceof BytesRef b) {
                parts.add("s" + b.utf8ToString());
            } else {
                throw new IllegalStateException("Unexpected sort value " + value);
            }
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(String cursor, Sort sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        SortField[] fields = sort.getSort();
        if (parts.length != fields.length) {
            throw invalid();
        }
        Object[] values = new Object[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                char kind = part.isEmpty() ? '?' : part.charAt(0);
                String value = part.substring(Math.min(1, part.length()));
                values[i] = switch (fields[i].getType()) {
                    case SCORE -> kindOf(kind, 'f', Float.intBitsToFloat(Integer.parseInt(value)));
                    case LONG -> kindOf(kind, 'l', Long.parseLong(value));
                    case STRING -> kindOf(kind, 's', new BytesRef(value));
                    default -> throw invalid();
                };
            }
        } catch (NumberFormatException e) {
            throw invalid();
        }
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, values);
    }

    private static Object kindOf(char actual, char expected, Object value) {
        if (actual != expected) {
            throw invalid();
        }
        return value;
    }

    private static InvalidSearch invalid() {
        return new InvalidSearch("The cursor does not belong to this search; start again from the first page");
    }
}
