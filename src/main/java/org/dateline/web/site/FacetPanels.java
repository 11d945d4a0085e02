package org.dateline.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.search.Facet;
import org.dateline.search.FacetCounts;
import org.dateline.search.SearchResults;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.web.Messages;
import org.springframework.stereotype.Component;

/** Builds the facet sidebar and chips of a search or listing from its results, with readable labels. */
@Component
class FacetPanels {

    /** Values shown per facet besides the selected ones; the rest are reached by searching. */
    static final int SHOWN_PER_FACET = 12;

    private final Taxonomy taxonomy;

    FacetPanels(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The panel; facets in {@code fixed} (a listing's own scope) are neither offered nor shown as chips. */
    FacetPanel panel(SearchParams state, SearchResults results, Set<Facet> fixed, Messages t) {
        List<FacetPanel.Group> groups = new ArrayList<>();
        List<FacetPanel.Chip> chips = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (fixed.contains(facet)) {
                continue;
            }
            List<FacetPanel.Option> options = new ArrayList<>();
            flatten(facet, results.facet(facet).values(), 0, state, t, options);
            List<FacetPanel.Option> shown = new ArrayList<>();
            for (FacetPanel.Option option : options) {
                if (option.checked() || shown.size() < SHOWN_PER_FACET) {
                    shown.add(option);
                }
            }
            for (String selected : state.values(facet.param())) {
                if (shown.stream().noneMatch(o -> o.value().equals(selected))) {
                    shown.add(new FacetPanel.Option(selected, label(facet, selected, t), 0, true, 0));
                }
                chips.add(new FacetPanel.Chip(
                        t.get("search.facet." + facet.param()) + ": " + label(facet, selected, t),
                        state.without(facet.param(), selected)));
            }
            if (!shown.isEmpty()) {
                groups.add(new FacetPanel.Group(facet.param(), t.get("search.facet." + facet.param()), shown));
            }
        }
        if (state.first(SearchParams.FROM) != null) {
            chips.add(new FacetPanel.Chip(
                    t.get("search.from") + ": " + state.first(SearchParams.FROM), state.withoutAll(SearchParams.FROM)));
        }
        if (state.first(SearchParams.TO) != null) {
            chips.add(new FacetPanel.Chip(
                    t.get("search.to") + ": " + state.first(SearchParams.TO), state.withoutAll(SearchParams.TO)));
        }
        List<FacetPanel.Hidden> hidden = new ArrayList<>();
        for (String name : List.of(SearchParams.TEXT, SearchParams.SORT)) {
            if (state.first(name) != null) {
                hidden.add(new FacetPanel.Hidden(name, state.first(name)));
            }
        }
        return new FacetPanel(state.path(), hidden, groups, chips);
    }

    private void flatten(
            Facet facet,
            List<FacetCounts.Value> values,
            int depth,
            SearchParams state,
            Messages t,
            List<FacetPanel.Option> into) {
        for (FacetCounts.Value value : values) {
            into.add(new FacetPanel.Option(
                    value.value(),
                    label(facet, value.value(), t),
                    value.count(),
                    state.has(facet.param(), value.value()),
                    depth));
            flatten(facet, value.children(), depth + 1, state, t, into);
        }
    }

    String label(Facet facet, String value, Messages t) {
        if (facet.isHierarchical()) {
            return Slug.parse(value)
                    .flatMap(slug -> taxonomy.find(facet.vocabulary(), slug))
                    .map(Term::shortName)
                    .orElse(value);
        }
        return switch (facet) {
            case TYPE ->
                Optional.of("type." + value)
                        .filter(key ->
                                org.dateline.content.ContentType.fromCode(value).isPresent())
                        .map(t::get)
                        .orElse(value);
            case LANGUAGE -> {
                String name = Locale.forLanguageTag(value).getDisplayLanguage(t.locale());
                yield name.isEmpty() ? value : name;
            }
            default -> value;
        };
    }
}
