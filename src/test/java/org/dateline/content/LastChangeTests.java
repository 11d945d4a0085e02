package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The archive's last change is read once between changes, and again after a change or after a second. */
class LastChangeTests {

    private final AtomicLong now = new AtomicLong();
    private final LastChange lastChange = new LastChange(now::get);
    private final AtomicInteger reads = new AtomicInteger();
    private Instant stored = Instant.parse("2026-12-01T10:00:00Z");
    private final Supplier<Optional<Instant>> query = () -> {
        reads.incrementAndGet();
        return Optional.of(stored);
    };

    @Test
    void readsOnceBetweenChanges() {
        assertThat(lastChange.get(query)).contains(stored);
        assertThat(lastChange.get(query)).contains(stored);
        assertThat(reads).hasValue(1);
    }

    @Test
    void readsAgainAfterAChangeMadeHere() {
        lastChange.get(query);
        stored = Instant.parse("2026-12-01T10:05:00Z");
        lastChange.changing();

        assertThat(lastChange.get(query)).contains(Instant.parse("2026-12-01T10:05:00Z"));
        assertThat(reads).hasValue(2);
    }

    @Test
    void seesAChangeMadeElsewhereWithinASecond() {
        lastChange.get(query);
        stored = Instant.parse("2026-12-01T10:05:00Z");
        now.addAndGet(LastChange.KEPT.toNanos() - 1);
        assertThat(lastChange.get(query)).contains(Instant.parse("2026-12-01T10:00:00Z"));

        now.addAndGet(1);
        assertThat(lastChange.get(query)).contains(Instant.parse("2026-12-01T10:05:00Z"));
    }
}
