package org.dateline.feeds;

import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.springframework.stereotype.Component;

/** Resolves the terms of items and their absolute URLs for the writers. */
@Component
class Entries {

    private final Taxonomy taxonomy;

    Entries(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Entry of(ContentItem item, String baseUrl) {
        return new Entry(
                item,
                baseUrl + item.path(),
                term(item.sourceId()),
                term(item.meetingTypeId()),
                terms(item.fieldOfWorkIds()),
                terms(item.countryIds()));
    }

    private Term term(Long id) {
        return id == null ? null : taxonomy.byId(id).orElse(null);
    }

    private List<Term> terms(List<Long> ids) {
        return ids.stream().flatMap(id -> taxonomy.byId(id).stream()).toList();
    }
}
