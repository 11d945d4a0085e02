package org.dateline.web.site;

import java.util.List;

/**
 * The facet sidebar of a search or listing: a GET form of checkboxes (one group per facet, values with their
 * counts, children indented), the hidden fields that keep the rest of the state, and the selected values as
 * chips that each link to the state without them.
 */
public record FacetPanel(String action, List<Hidden> hidden, List<Group> groups, List<Chip> chips) {

    public record Hidden(String name, String value) {}

    public record Group(String param, String label, List<Option> options) {}

    public record Option(String value, String label, long count, boolean checked, int depth) {}

    public record Chip(String label, String removeHref) {}

    public boolean isEmpty() {
        return groups.isEmpty() && chips.isEmpty();
    }
}
