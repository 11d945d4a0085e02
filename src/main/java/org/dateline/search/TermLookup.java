package org.dateline.search;

import java.util.List;
import java.util.Optional;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;

/** What the index reads of the vocabularies: in the application the {@code Taxonomy}, in tests a fixed list. */
interface TermLookup {

    Optional<Term> byId(long id);

    Optional<Term> find(Vocabulary vocabulary, Slug slug);

    /** Root first, without the term itself. */
    List<Term> ancestors(Term term);

    List<Term> terms(Vocabulary vocabulary);
}
