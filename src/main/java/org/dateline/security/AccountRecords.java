package org.dateline.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only class that issues SQL for accounts and their grants; portable across H2 and PostgreSQL. */
@Repository
class AccountRecords {

    private final JdbcClient db;

    AccountRecords(JdbcClient db) {
        this.db = db;
    }

    void insert(String username, String passwordHash, boolean admin, Instant createdAt) {
        db.sql("""
                        INSERT INTO account (username, password_hash, is_admin, enabled, created_at)
                        VALUES (:username, :hash, :admin, TRUE, :createdAt)""")
                .param("username", username)
                .param("hash", passwordHash)
                .param("admin", admin)
                .param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<Account> findByUsername(String username) {
        return one("username = :value", username);
    }

    Optional<Account> findById(long id) {
        return one("id = :value", id);
    }

    Optional<String> passwordHash(String username) {
        return db.sql("SELECT password_hash FROM account WHERE username = :username")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    List<Account> findAll() {
        return withGrants(db.sql("SELECT * FROM account ORDER BY username")
                .query(AccountRecords::map)
                .list());
    }

    boolean anyAdmin() {
        return db.sql("SELECT COUNT(*) FROM account WHERE is_admin = TRUE AND enabled = TRUE")
                        .query(Long.class)
                        .single()
                > 0;
    }

    int setPasswordHash(String username, String hash) {
        return db.sql("UPDATE account SET password_hash = :hash WHERE username = :username")
                .param("username", username)
                .param("hash", hash)
                .update();
    }

    int setEnabled(String username, boolean enabled) {
        return db.sql("UPDATE account SET enabled = :enabled WHERE username = :username")
                .param("username", username)
                .param("enabled", enabled)
                .update();
    }

    void addGrant(long accountId, Grant grant) {
        db.sql("DELETE FROM account_grant WHERE account_id = :id AND role = :role AND structure_id = :structureId")
                .param("id", accountId)
                .param("role", grant.role().name())
                .param("structureId", grant.structureId())
                .update();
        db.sql("INSERT INTO account_grant (account_id, role, structure_id) VALUES (:id, :role, :structureId)")
                .param("id", accountId)
                .param("role", grant.role().name())
                .param("structureId", grant.structureId())
                .update();
    }

    void removeGrant(long accountId, Grant grant) {
        db.sql("DELETE FROM account_grant WHERE account_id = :id AND role = :role AND structure_id = :structureId")
                .param("id", accountId)
                .param("role", grant.role().name())
                .param("structureId", grant.structureId())
                .update();
    }

    private Optional<Account> one(String condition, Object value) {
        return withGrants(db.sql("SELECT * FROM account WHERE " + condition)
                        .param("value", value)
                        .query(AccountRecords::map)
                        .list())
                .stream()
                .findFirst();
    }

    private List<Account> withGrants(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, List<Grant>> grants = new HashMap<>();
        db.sql("SELECT account_id, role, structure_id FROM account_grant WHERE account_id IN (:ids)"
                        + " ORDER BY account_id, role, structure_id")
                .param("ids", accounts.stream().map(Account::id).toList())
                .query(rs -> {
                    grants.computeIfAbsent(rs.getLong("account_id"), id -> new ArrayList<>())
                            .add(new Grant(Role.valueOf(rs.getString("role")), rs.getLong("structure_id")));
                });
        return accounts.stream()
                .map(a -> new Account(
                        a.id(),
                        a.username(),
                        a.admin(),
                        a.enabled(),
                        grants.getOrDefault(a.id(), List.of()),
                        a.createdAt()))
                .toList();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getBoolean("is_admin"),
                rs.getBoolean("enabled"),
                List.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
