package org.dateline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(3, 5, Duration.ofMinutes(15), 12), clock);

    @Test
    void locksAnAccountAfterItsFailuresUntilTheLockoutHasPassedSinceTheLast() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isLocked("Editor", "10.0.0." + i)).isFalse();
            throttle.failed("editor", "10.0.0." + i);
        }
        assertThat(throttle.isLocked("EDITOR ", "10.0.0.9")).isTrue();
        assertThat(throttle.isLocked("someone-else", "10.0.0.9")).isFalse();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("editor", "10.0.0.9")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isLocked("editor", "10.0.0.9")).isFalse();
    }

    @Test
    void locksAnAddressAfterItsFailuresWhateverTheAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }

        assertThat(throttle.isLocked("fresh", "192.0.2.1")).isTrue();
        assertThat(throttle.isLocked("fresh", "192.0.2.2")).isFalse();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        throttle.failed("editor", "10.0.0.1");
        throttle.failed("editor", "10.0.0.1");
        throttle.succeeded("editor");
        throttle.failed("editor", "10.0.0.1");
        throttle.failed("editor", "10.0.0.1");

        assertThat(throttle.isLocked("editor", "10.0.0.2")).isFalse();
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
