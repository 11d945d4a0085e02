package org.dateline.security;

import java.time.Instant;
import java.util.List;

/** A back-office account: an administrator may do everything; others do what their grants allow. */
public record Account(long id, String username, boolean admin, boolean enabled, List<Grant> grants, Instant createdAt) {

    public Account {
        grants = List.copyOf(grants);
    }
}
