package org.dateline.search;

import java.util.List;
import java.util.Optional;

/** The values of one facet among the results, with how many results each would give if selected. */
public record FacetCounts(Facet facet, List<Value> values) {

    public FacetCounts {
        values = List.copyOf(values);
    }

    /**
     * One value and its count; a hierarchical facet's values have their children (whose items the count
     * includes). {@code selected} tells whether the query selects it.
     */
    public record Value(String value, long count, boolean selected, List<Value> children) {

        public Value {
            children = List.copyOf(children);
        }
    }

    /** The value wherever it is in the hierarchy. */
    public Optional<Value> find(String value) {
        return find(values, value);
    }

    private static Optional<Value> find(List<Value> values, String wanted) {
        for (Value v : values) {
            if (v.value().equals(wanted)) {
                return Optional.of(v);
            }
            var inChildren = find(v.children(), wanted);
            if (inChildren.isPresent()) {
                return inChildren;
            }
        }
        return Optional.empty();
    }
}
