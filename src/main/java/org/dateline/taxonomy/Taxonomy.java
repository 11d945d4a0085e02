package org.dateline.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.shared.Slug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vocabularies as the rest of Dateline reads them: lookups by id, slug and name, hierarchy and the
 * Chairpersonship of each year, answered from an in-memory snapshot of all terms. The vocabulary file
 * is loaded into an empty database before the first read, and the snapshot is rebuilt after every write.
 */
@Service
public class Taxonomy {

    private final Terms terms;
    private final TransactionTemplate transaction;
    private volatile TaxonomySnapshot snapshot;
    // Starts from the clock so that no version of an earlier run repeats after a restart.
    private final AtomicLong version = new AtomicLong(System.currentTimeMillis() * 1000);

    Taxonomy(Terms terms, VocabularyLoader loader, PlatformTransactionManager transactionManager) {
        this.terms = terms;
        this.transaction = new TransactionTemplate(transactionManager);
        loader.loadIfEmpty();
        refresh();
    }

    /** The vocabulary's terms in sort order, each parent before its children. */
    public List<Term> terms(Vocabulary vocabulary) {
        return snapshot.terms(vocabulary);
    }

    /** The vocabulary's top-level terms in sort order. */
    public List<Term> roots(Vocabulary vocabulary) {
        return snapshot.roots(vocabulary);
    }

    /** The term's direct children in sort order, historical ones included (see {@link Term#isActiveOn}). */
    public List<Term> children(long termId) {
        return snapshot.children(termId);
    }

    public Optional<Term> find(Vocabulary vocabulary, Slug slug) {
        return snapshot.find(vocabulary, slug);
    }

    public Optional<Term> byId(long id) {
        return snapshot.byId(id);
    }

    /** The term's ancestors, root first and without the term itself: the breadcrumbs above it. */
    public List<Term> ancestors(Term term) {
        return snapshot.ancestors(term);
    }

    /** The term's id and the ids of all terms below it; empty for an unknown id. */
    public Set<Long> selfAndDescendantIds(long termId) {
        return snapshot.selfAndDescendantIds(termId);
    }

    /**
     * The term called so by name, short name, slug or alias. Case, diacritics, punctuation and surrounding
     * whitespace do not count, and a leading "OSCE" or "the" is optional: "osce centre in astana" finds
     * the Programme Office in Astana, "TURKEY" finds Türkiye.
     */
    public Optional<Term> resolve(Vocabulary vocabulary, String nameOrAlias) {
        return snapshot.resolve(vocabulary, nameOrAlias);
    }

    /** The country that held the Chairpersonship in the year, e.g. Belgium in 2006. */
    public Optional<Term> chairpersonship(int year) {
        return snapshot.chairpersonship(year);
    }

    /**
     * Adds a term to the vocabulary, last among its siblings, with a slug made from its name (numbered when another
     * term of the vocabulary has it); reads see it once its transaction has committed.
     *
     * @throws InvalidTerm when the name is blank or longer than 300 characters, another term of the vocabulary is
     *     called so (by name or alias), or the parent belongs to another vocabulary or does not exist
     */
    public Term add(Vocabulary vocabulary, String name, Long parentId) {
        TaxonomySnapshot current = snapshot;
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 300) {
            throw new InvalidTerm("A term needs a name of 1 to 300 characters");
        }
        current.resolve(vocabulary, stripped).ifPresent(other -> {
            throw new InvalidTerm("A term of " + vocabulary + " is already called so: " + other.name());
        });
        if (parentId != null) {
            Term parent = current.byId(parentId)
                    .orElseThrow(() -> new InvalidTerm("The parent term " + parentId + " does not exist"));
            if (parent.vocabulary() != vocabulary) {
                throw new InvalidTerm("The parent " + parent.slug() + " belongs to " + parent.vocabulary() + ", not to "
                        + vocabulary);
            }
        }
        Slug base = Slug.from(stripped);
        Slug slug = base;
        for (int n = 2; current.find(vocabulary, slug).isPresent(); n++) {
            slug = base.numbered(n);
        }
        int sortOrder = current.terms(vocabulary).stream()
                        .mapToInt(Term::sortOrder)
                        .max()
                        .orElse(0)
                + 1;
        Term term = new Term(
                0, vocabulary, slug, stripped, stripped, parentId, List.of(), null, null, null, sortOrder, false);
        long id = transaction.execute(status -> terms.insert(term));
        refreshWhenCommitted();
        return new Term(
                id, vocabulary, slug, stripped, stripped, parentId, List.of(), null, null, null, sortOrder, false);
    }

    /**
     * Stores changed names, aliases, code, validity, parent, position or retirement of an existing term;
     * reads see the change once its transaction has committed.
     *
     * @throws TermNotFound when no term has the term's id
     * @throws InvalidTerm when the change would move the term to another vocabulary, under a parent of
     *     another vocabulary or below itself, or give it a slug another term of its vocabulary has
     */
    public Term update(Term term) {
        TaxonomySnapshot current = snapshot;
        Term stored = current.byId(term.id()).orElseThrow(() -> new TermNotFound(term.id()));
        if (term.vocabulary() != stored.vocabulary()) {
            throw new InvalidTerm("A term cannot move from " + stored.vocabulary() + " to " + term.vocabulary());
        }
        if (term.parentId() != null) {
            Term parent = current.byId(term.parentId())
                    .orElseThrow(() -> new InvalidTerm("The parent term " + term.parentId() + " does not exist"));
            if (parent.vocabulary() != term.vocabulary()) {
                throw new InvalidTerm("The parent " + parent.slug() + " belongs to " + parent.vocabulary() + ", not to "
                        + term.vocabulary());
            }
            if (current.selfAndDescendantIds(term.id()).contains(parent.id())) {
                throw new InvalidTerm(
                        "The term " + stored.slug() + " cannot be placed below itself (under " + parent.slug() + ")");
            }
        }
        current.find(term.vocabulary(), term.slug())
                .filter(other -> other.id() != term.id())
                .ifPresent(other -> {
                    throw new InvalidTerm(
                            "The slug " + term.slug() + " belongs to another term of " + term.vocabulary());
                });
        transaction.executeWithoutResult(status -> terms.update(term));
        refreshWhenCommitted();
        return term;
    }

    private void refreshWhenCommitted() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            refresh();
        }
    }

    /**
     * A number that changes whenever the terms change, for caches and validators of whatever shows them (a renamed
     * term changes every page that names it). Versions of different runs never repeat.
     */
    public long version() {
        return version.get();
    }

    private void refresh() {
        snapshot = new TaxonomySnapshot(terms.findAll(), terms.chairpersonships());
        version.incrementAndGet();
    }
}
