package org.dateline.web.site;

import java.util.List;
import org.dateline.content.ContentItem;
import org.dateline.search.SearchHit;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.web.Messages;
import org.springframework.stereotype.Component;

/** Turns items into the cards lists show, resolving the source to its display name. */
@Component
class ItemCards {

    private final Taxonomy taxonomy;

    ItemCards(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<ItemCard> of(List<ContentItem> items, Messages t) {
        return items.stream().map(item -> of(item, t)).toList();
    }

    ItemCard of(SearchHit hit, Messages t) {
        return new ItemCard(
                hit.title(),
                hit.path(),
                t.get("type." + hit.type().code()),
                t.date(hit.date()),
                hit.date().toString(),
                hit.place(),
                sourceName(hit.sourceId()),
                hit.summary(),
                hit.language());
    }

    List<ItemCard> ofHits(List<SearchHit> hits, Messages t) {
        return hits.stream().map(hit -> of(hit, t)).toList();
    }

    private String sourceName(Long sourceId) {
        return sourceId == null ? null : taxonomy.byId(sourceId).map(Term::name).orElse(null);
    }

    ItemCard of(ContentItem item, Messages t) {
        String sourceName = item.sourceId() == null
                ? null
                : taxonomy.byId(item.sourceId()).map(Term::name).orElse(null);
        return new ItemCard(
                item.title(),
                item.path(),
                t.get("type." + item.type().code()),
                t.date(item.date()),
                item.date().toString(),
                item.place(),
                sourceName,
                item.summary(),
                item.language());
    }
}
