package org.dateline.ingest;

import java.util.Optional;
import org.dateline.content.ContentItem;

/**
 * Decides, in the item's transaction and before anything is written, whether an import may write the item over the
 * item stored under its key, id or legacy URL (empty: it would be new). Commands import everything; the HTTP API
 * checks the token's structures and role.
 */
@FunctionalInterface
public interface ImportPermission {

    ImportPermission EVERYTHING = (item, stored) -> {};

    /**
     * @throws ImportRefused to refuse the item
     */
    void check(ContentItem item, Optional<ContentItem> stored);
}
