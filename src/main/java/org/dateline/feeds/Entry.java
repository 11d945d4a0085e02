package org.dateline.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dateline.content.ContentItem;
import org.dateline.taxonomy.Term;

/** An item as every writer here needs it: its absolute URL, a stable id and its terms resolved. */
record Entry(
        ContentItem item, String url, Term source, Term meetingType, List<Term> fieldsOfWork, List<Term> countries) {

    /** An id that survives changes of slug, date and host: the item's UUID as a URN. */
    String id() {
        return uuidUrn(item.id());
    }

    static String uuidUrn(UUID id) {
        return "urn:uuid:" + id;
    }

    /** The fields of work, the countries and the source, in that order: the item's categories. */
    List<Term> categories() {
        var all = new ArrayList<Term>(fieldsOfWork);
        all.addAll(countries);
        if (source != null) {
            all.add(source);
        }
        return all;
    }
}
