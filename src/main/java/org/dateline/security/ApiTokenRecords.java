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

/** The only class that issues SQL for API tokens and their structures; portable across H2 and PostgreSQL. */
@Repository
class ApiTokenRecords {

    /** A stored token with the hash of its secret, for checking a presented secret. */
    record Hashed(ApiToken token, String secretHash) {}

    private static final String SELECT = """
            SELECT t.*, a.username FROM api_token t JOIN account a ON a.id = t.account_id""";

    private final JdbcClient db;

    ApiTokenRecords(JdbcClient db) {
        this.db = db;
    }

    long insert(long accountId, String name, String prefix, String secretHash, Instant createdAt, Instant expiresAt) {
        db.sql("""
                        INSERT INTO api_token (account_id, name, prefix, secret_hash, created_at, expires_at)
                        VALUES (:accountId, :name, :prefix, :hash, :createdAt, :expiresAt)""")
                .param("accountId", accountId)
                .param("name", name)
                .param("prefix", prefix)
                .param("hash", secretHash)
                .param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
                .param("expiresAt", expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC))
                .update();
        return db.sql("SELECT id FROM api_token WHERE secret_hash = :hash")
                .param("hash", secretHash)
                .query(Long.class)
                .single();
    }

    void addStructure(long tokenId, long structureId) {
        db.sql("INSERT INTO api_token_structure (token_id, structure_id) VALUES (:tokenId, :structureId)")
                .param("tokenId", tokenId)
                .param("structureId", structureId)
                .update();
    }

    Optional<ApiToken> findById(long id) {
        return withStructures(db.sql(SELECT + " WHERE t.id = :id")
                        .param("id", id)
                        .query(ApiTokenRecords::map)
                        .list())
                .stream()
                .findFirst();
    }

    List<Hashed> findByPrefix(String prefix) {
        List<String> hashes = new ArrayList<>();
        List<ApiToken> tokens = db.sql(SELECT + " WHERE t.prefix = :prefix ORDER BY t.id")
                .param("prefix", prefix)
                .query((rs, row) -> {
                    hashes.add(rs.getString("secret_hash"));
                    return map(rs, row);
                })
                .list();
        List<ApiToken> complete = withStructures(tokens);
        List<Hashed> hashed = new ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            hashed.add(new Hashed(complete.get(i), hashes.get(i)));
        }
        return hashed;
    }

    /** Tokens newest first: of one account, or of every account for null. */
    List<ApiToken> findAll(Long accountId) {
        String where = accountId == null ? "" : " WHERE t.account_id = :accountId";
        var sql = db.sql(SELECT + where + " ORDER BY t.created_at DESC, t.id DESC");
        if (accountId != null) {
            sql = sql.param("accountId", accountId);
        }
        return withStructures(sql.query(ApiTokenRecords::map).list());
    }

    int revoke(long id, Instant at) {
        return db.sql("UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("id", id)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    void used(long id, Instant at) {
        db.sql("UPDATE api_token SET last_used_at = :at WHERE id = :id")
                .param("id", id)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    private List<ApiToken> withStructures(List<ApiToken> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        Map<Long, List<Long>> structures = new HashMap<>();
        db.sql("SELECT token_id, structure_id FROM api_token_structure WHERE token_id IN (:ids)"
                        + " ORDER BY token_id, structure_id")
                .param("ids", tokens.stream().map(ApiToken::id).toList())
                .query(rs -> {
                    structures
                            .computeIfAbsent(rs.getLong("token_id"), id -> new ArrayList<>())
                            .add(rs.getLong("structure_id"));
                });
        return tokens.stream()
                .map(t -> new ApiToken(
                        t.id(),
                        t.accountId(),
                        t.username(),
                        t.name(),
                        t.prefix(),
                        structures.getOrDefault(t.id(), List.of()),
                        t.createdAt(),
                        t.lastUsedAt(),
                        t.expiresAt(),
                        t.revokedAt()))
                .toList();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("prefix"),
                List.of(),
                instant(rs, "created_at"),
                instant(rs, "last_used_at"),
                instant(rs, "expires_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
