package org.dateline.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only class that issues SQL for the audit log; portable across H2 and PostgreSQL. */
@Repository
class AuditEvents {

    private final JdbcClient db;

    AuditEvents(JdbcClient db) {
        this.db = db;
    }

    void insert(AuditEvent event) {
        db.sql("""
                        INSERT INTO audit_event (occurred_at, username, action, subject, detail, address)
                        VALUES (:at, :username, :action, :subject, :detail, :address)""")
                .param("at", event.at().atOffset(ZoneOffset.UTC))
                .param("username", event.username())
                .param("action", event.action())
                .param("subject", event.subject())
                .param("detail", event.detail())
                .param("address", event.address())
                .update();
    }

    /** The newest events first; a null or blank filter value matches everything. */
    List<AuditEvent> find(String username, String action, String subject, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (username != null && !username.isBlank()) {
            where.append(" AND username = :username");
            params.put("username", username.strip());
        }
        if (action != null && !action.isBlank()) {
            where.append(" AND action = :action");
            params.put("action", action.strip());
        }
        if (subject != null && !subject.isBlank()) {
            where.append(" AND subject = :subject");
            params.put("subject", subject.strip());
        }
        return db.sql("SELECT * FROM audit_event" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new AuditEvent(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("detail"),
                        rs.getString("address")))
                .list();
    }
}
