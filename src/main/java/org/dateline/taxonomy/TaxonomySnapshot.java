package org.dateline.taxonomy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.shared.Slug;

/**
 * All terms in memory, indexed for the lookups the site makes on every request. Immutable: a write to
 * the vocabulary builds a new snapshot.
 */
final class TaxonomySnapshot {

    private static final Comparator<Term> SORT_ORDER =
            Comparator.comparingInt(Term::sortOrder).thenComparingLong(Term::id);

    private final Map<Long, Term> byId = new HashMap<>();
    private final Map<Vocabulary, List<Term>> byVocabulary = new EnumMap<>(Vocabulary.class);
    private final Map<Long, List<Term>> childrenByParent = new HashMap<>();
    private final Map<Vocabulary, Map<Slug, Term>> bySlug = new EnumMap<>(Vocabulary.class);
    private final Map<Vocabulary, Map<String, Term>> byMatchKey = new EnumMap<>(Vocabulary.class);
    private final Map<Integer, Long> chairpersonships;

    TaxonomySnapshot(List<Term> terms, Map<Integer, Long> chairpersonships) {
        List<Term> sorted = terms.stream().sorted(SORT_ORDER).toList();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            byVocabulary.put(vocabulary, new ArrayList<>());
            bySlug.put(vocabulary, new HashMap<>());
            byMatchKey.put(vocabulary, new HashMap<>());
        }
        for (Term term : sorted) {
            byId.put(term.id(), term);
            byVocabulary.get(term.vocabulary()).add(term);
            bySlug.get(term.vocabulary()).put(term.slug(), term);
            if (term.parentId() != null) {
                childrenByParent
                        .computeIfAbsent(term.parentId(), id -> new ArrayList<>())
                        .add(term);
            }
        }
        // Names win over aliases: an alias never hides another term's own name.
        for (Term term : sorted) {
            Map<String, Term> keys = byMatchKey.get(term.vocabulary());
            for (String name :
                    List.of(term.name(), term.shortName(), term.slug().value())) {
                TermNames.matchKey(name).ifPresent(key -> keys.putIfAbsent(key, term));
            }
        }
        for (Term term : sorted) {
            Map<String, Term> keys = byMatchKey.get(term.vocabulary());
            for (String alias : term.aliases()) {
                TermNames.matchKey(alias).ifPresent(key -> keys.putIfAbsent(key, term));
            }
        }
        this.chairpersonships = Map.copyOf(chairpersonships);
    }

    List<Term> terms(Vocabulary vocabulary) {
        return Collections.unmodifiableList(byVocabulary.get(vocabulary));
    }

    List<Term> roots(Vocabulary vocabulary) {
        return byVocabulary.get(vocabulary).stream()
                .filter(term -> term.parentId() == null)
                .toList();
    }

    List<Term> children(long termId) {
        return Collections.unmodifiableList(childrenByParent.getOrDefault(termId, List.of()));
    }

    Optional<Term> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Term> find(Vocabulary vocabulary, Slug slug) {
        return Optional.ofNullable(bySlug.get(vocabulary).get(slug));
    }

    Optional<Term> resolve(Vocabulary vocabulary, String nameOrAlias) {
        return TermNames.matchKey(nameOrAlias).map(byMatchKey.get(vocabulary)::get);
    }

    List<Term> ancestors(Term term) {
        List<Term> ancestors = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(term.id()));
        Term parent = term.parentId() == null ? null : byId.get(term.parentId());
        while (parent != null && seen.add(parent.id())) {
            ancestors.add(0, parent);
            parent = parent.parentId() == null ? null : byId.get(parent.parentId());
        }
        return List.copyOf(ancestors);
    }

    Set<Long> selfAndDescendantIds(long termId) {
        if (!byId.containsKey(termId)) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(termId));
        while (!pending.isEmpty()) {
            long id = pending.removeFirst();
            if (ids.add(id)) {
                childrenByParent.getOrDefault(id, List.of()).forEach(child -> pending.addLast(child.id()));
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    Optional<Term> chairpersonship(int year) {
        return Optional.ofNullable(chairpersonships.get(year)).map(byId::get);
    }
}
