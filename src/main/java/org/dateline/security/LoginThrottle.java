package org.dateline.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per IP address and locks either once it has failed too often within
 * the lockout period, until that period has passed since the last failure. Counts live in memory: each node
 * throttles on its own, which bounds guessing to the configured rate times the number of nodes.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String username, String address) {
        return count(accountKey(username)) >= properties.failuresPerAccount()
                || count(addressKey(address)) >= properties.failuresPerAddress();
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> expired(f, now));
        }
        for (String key : new String[] {accountKey(username), addressKey(address)}) {
            failures.compute(
                    key,
                    (k, f) -> f == null || expired(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
        }
    }

    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private int count(String key) {
        Failures f = failures.get(key);
        return f == null || expired(f, clock.instant()) ? 0 : f.count();
    }

    private boolean expired(Failures f, Instant now) {
        return !f.last().plus(properties.lockout()).isAfter(now);
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last) {}
}
