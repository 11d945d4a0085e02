package org.dateline.web.site;

import java.util.List;
import org.dateline.taxonomy.Term;

/** The front page: the newest items, the fields of work and the structures to browse. */
public record HomePage(
        SiteFrame frame, List<ItemCard> latest, List<Term> fieldsOfWork, List<Term> structures, long itemCount) {

    public ItemCard lead() {
        return latest.isEmpty() ? null : latest.get(0);
    }

    public List<ItemCard> rest() {
        return latest.size() <= 1 ? List.of() : latest.subList(1, latest.size());
    }
}
