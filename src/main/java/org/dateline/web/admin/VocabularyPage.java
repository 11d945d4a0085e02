package org.dateline.web.admin;

import java.util.List;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;

/** One vocabulary's terms for administrators to rename, move and retire; {@code error} reports a refusal. */
public record VocabularyPage(
        AdminFrame frame, Vocabulary vocabulary, List<Row> rows, List<TermOption> parents, String error) {

    /** A term with its depth in the hierarchy. */
    public record Row(Term term, int depth) {}
}
