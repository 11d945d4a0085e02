package org.dateline.security;

import java.time.Instant;
import java.util.List;

/**
 * A token a machine writes through the API with, as stored (never its secret): it acts for the account
 * {@code accountId} ({@code username}), narrowed to {@code structureIds} and the structures below them (empty: all
 * of an administrator's). {@code prefix} is the secret's first characters, shown to tell tokens apart.
 */
public record ApiToken(
        long id,
        long accountId,
        String username,
        String name,
        String prefix,
        List<Long> structureIds,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        Instant revokedAt) {

    public ApiToken {
        structureIds = List.copyOf(structureIds);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Neither revoked nor expired. */
    public boolean usable(Instant now) {
        return !revoked() && !expired(now);
    }
}
