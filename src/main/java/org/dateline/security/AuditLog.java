package org.dateline.security;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what, when and from where: sign-ins (also failed and refused ones), workflow actions and
 * account changes. Administrators read it, filtered by account, action or subject.
 */
@Service
public class AuditLog {

    static final int LIMIT = 500;

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    // Its own transaction: a failed sign-in is recorded although the attempt fails.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, String subject, String detail, String address) {
        events.insert(new AuditEvent(
                clock.instant(),
                clip(username == null ? "" : username, 100),
                action,
                clip(subject, 200),
                clip(detail, 1000),
                clip(address, 100)));
    }

    /** Up to 500 events, newest first; null or blank filters match everything. */
    @Transactional(readOnly = true)
    public List<AuditEvent> find(String username, String action, String subject) {
        return events.find(username, action, subject, LIMIT);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
