package org.dateline.search;

import java.util.UUID;
import org.dateline.content.ItemChanged;
import org.dateline.content.ItemPublished;
import org.dateline.content.ItemUnpublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step with what is published. An event is heard within the transaction that changed the
 * item: the index notes the change as pending at once and queues it for its indexer when the transaction
 * commits (or forgets it on a rollback). Nothing is written to the database for it: the index's commits record
 * from when changes may be missing, and start-up replays those from the database (see
 * {@link SearchIndex#catchUp()}). A plain listener on purpose: a transactional one would have the event
 * publication registry write and complete a row for every change, which costs more than indexing it.
 */
@Component
class IndexUpdates {

    private final SearchIndex index;

    IndexUpdates(SearchIndex index) {
        this.index = index;
    }

    @EventListener
    void on(ItemPublished event) {
        changed(event.id());
    }

    @EventListener
    void on(ItemChanged event) {
        changed(event.id());
    }

    @EventListener
    void on(ItemUnpublished event) {
        changed(event.id());
    }

    private void changed(UUID id) {
        PendingChanges.Announced change = index.announce(id);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            index.committed(change);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    index.committed(change);
                } else {
                    index.rolledBack(change);
                }
            }
        });
    }
}
