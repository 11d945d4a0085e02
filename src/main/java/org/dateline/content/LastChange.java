package org.dateline.content;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When any item last changed, kept between changes: every public page and feed asks for it for its validators, and
 * the query was a fifth of a feed request's time at 1,000,000 items. A change made by this process forgets it at once,
 * and again when the change's transaction ends, committed or not; a change made by another process on the same
 * database (another node) is seen within a second.
 */
@Component
class LastChange {

    static final Duration KEPT = Duration.ofSeconds(1);

    private final AtomicLong changes = new AtomicLong();
    private final LongSupplier nanoTime;
    private volatile Known known;

    private record Known(long changes, long readAt, Optional<Instant> value) {}

    @Autowired
    LastChange() {
        this(System::nanoTime);
    }

    LastChange(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The last change, as kept or else as the query reads it. */
    Optional<Instant> get(Supplier<Optional<Instant>> query) {
        long seen = changes.get();
        long now = nanoTime.getAsLong();
        Known kept = known;
        if (kept != null && kept.changes() == seen && now - kept.readAt() < KEPT.toNanos()) {
            return kept.value();
        }
        Optional<Instant> value = query.get();
        // Within a transaction the query may see that transaction's own changes, not yet everyone's.
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            known = new Known(seen, now, value);
        }
        return value;
    }

    /**
     * How many times this process began or ended a change: moves on every change, where the last change's time may
     * not (two transactions committing out of the order of their clocks, two changes within one tick of the clock).
     */
    long count() {
        return changes.get();
    }

    /** An item is being changed: what was kept is forgotten now, and again when the transaction ends. */
    void changing() {
        changes.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                }
            });
        }
    }
}
