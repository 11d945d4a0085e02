package org.dateline.search;

import java.util.List;
import java.util.Optional;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;

/** The vocabularies as the index reads them, from the taxonomy module. */
final class TaxonomyTermLookup implements TermLookup {

    private final Taxonomy taxonomy;

    TaxonomyTermLookup(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public Optional<Term> byId(long id) {
        return taxonomy.byId(id);
    }

    @Override
    public Optional<Term> find(Vocabulary vocabulary, Slug slug) {
        return taxonomy.find(vocabulary, slug);
    }

    @Override
    public List<Term> ancestors(Term term) {
        return taxonomy.ancestors(term);
    }

    @Override
    public List<Term> terms(Vocabulary vocabulary) {
        return taxonomy.terms(vocabulary);
    }
}
