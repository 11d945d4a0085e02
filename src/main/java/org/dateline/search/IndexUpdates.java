package org.dateline.search;

import org.dateline.content.ItemChanged;
import org.dateline.content.ItemPublished;
import org.dateline.content.ItemUnpublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with what is published. Each event arrives after its transaction committed,
 * through the JDBC event publication registry: a delivery that fails or is cut short by a crash stays
 * incomplete and is delivered again on restart.
 */
@Component
class IndexUpdates {

    private final SearchIndex index;

    IndexUpdates(SearchIndex index) {
        this.index = index;
    }

    @ApplicationModuleListener
    void on(ItemPublished event) {
        index.update(event.id());
    }

    @ApplicationModuleListener
    void on(ItemChanged event) {
        index.update(event.id());
    }

    @ApplicationModuleListener
    void on(ItemUnpublished event) {
        index.update(event.id());
    }
}
