package org.dateline.content;

import java.util.List;

/** One page of a listing: its items, its number (from 1), the page size and the number of matching items. */
public record ItemPage(List<ContentItem> items, int page, int size, long total) {

    public ItemPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
