package org.dateline.search;

import java.util.Arrays;
import java.util.Optional;
import org.dateline.taxonomy.Vocabulary;

/**
 * The dimensions search results are counted and filtered by, each named by its URL parameter. Values are
 * the type's code ({@code press-release}), the term's slug ({@code mission-to-serbia}), the year
 * ({@code 2006}) or the language tag ({@code en}). Vocabulary facets are hierarchical: a parent's count
 * includes its children's items, and selecting a parent selects its children.
 */
public enum Facet {
    TYPE("type", null),
    FIELD_OF_WORK("field", Vocabulary.FIELD_OF_WORK),
    COUNTRY("country", Vocabulary.COUNTRY),
    SOURCE("source", Vocabulary.STRUCTURE),
    MEETING_TYPE("meeting", Vocabulary.MEETING_TYPE),
    YEAR("year", null),
    LANGUAGE("language", null);

    private final String param;
    private final Vocabulary vocabulary;

    Facet(String param, Vocabulary vocabulary) {
        this.param = param;
        this.vocabulary = vocabulary;
    }

    /** The URL parameter and the facet's name in the index, e.g. {@code country}. */
    public String param() {
        return param;
    }

    /** The vocabulary whose term slugs are the facet's values; null for type, year and language. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public boolean isHierarchical() {
        return vocabulary != null;
    }

    public static Optional<Facet> fromParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }
}
