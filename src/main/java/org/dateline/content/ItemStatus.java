package org.dateline.content;

/** Where an item stands in the editorial workflow; only {@link #PUBLISHED} items are public. */
public enum ItemStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
