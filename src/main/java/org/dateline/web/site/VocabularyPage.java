package org.dateline.web.site;

import java.util.List;
import org.dateline.taxonomy.Term;

/** The index of one vocabulary: its terms, grouped under their top-level terms where it has a hierarchy. */
public record VocabularyPage(SiteFrame frame, String heading, String intro, List<Group> groups) {

    public record Group(Term heading, List<Term> terms) {}
}
