package org.dateline.media;

import java.util.UUID;

/**
 * An item's media changed (added, removed or reordered), announced within the change's transaction: the item's page
 * shows its media, so whatever is derived from the item must count it as changed.
 */
public record MediaChanged(UUID itemId) {}
