package org.dateline.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only class that issues SQL for imported items: their source keys, content hashes and legacy paths. */
@Repository
class ImportedItems {

    /** What an earlier import of a source key wrote. */
    record Entry(UUID itemId, String contentHash) {}

    private static final String INSERT = """
            INSERT INTO imported_item (source_key, item_id, content_hash, legacy_path, imported_at)
            VALUES (:key, :itemId, :hash, :path, :at)""";

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;

    ImportedItems(JdbcClient db, NamedParameterJdbcTemplate batch) {
        this.db = db;
        this.batch = batch;
    }

    Optional<Entry> find(String sourceKey) {
        return db.sql("SELECT item_id, content_hash FROM imported_item WHERE source_key = :key")
                .param("key", sourceKey)
                .query((rs, n) -> new Entry(rs.getObject("item_id", UUID.class), rs.getString("content_hash")))
                .optional();
    }

    /** What earlier imports of those of the source keys that are known wrote, by source key. */
    Map<String, Entry> findAll(Collection<String> sourceKeys) {
        Map<String, Entry> entries = new HashMap<>();
        if (!sourceKeys.isEmpty()) {
            db.sql("SELECT source_key, item_id, content_hash FROM imported_item WHERE source_key IN (:keys)")
                    .param("keys", List.copyOf(sourceKeys))
                    .query(rs -> {
                        entries.put(
                                rs.getString("source_key"),
                                new Entry(rs.getObject("item_id", UUID.class), rs.getString("content_hash")));
                    });
        }
        return entries;
    }

    /** A source key imported for the first time, and what it became. */
    record NewEntry(String sourceKey, UUID itemId, String contentHash, String legacyPath) {}

    /** Records what source keys imported for the first time became, in one statement. */
    void insertAll(List<NewEntry> entries, Instant importedAt) {
        if (entries.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                INSERT,
                entries.stream()
                        .map(entry -> new MapSqlParameterSource()
                                .addValue("key", entry.sourceKey())
                                .addValue("itemId", entry.itemId())
                                .addValue("hash", entry.contentHash())
                                .addValue("path", entry.legacyPath())
                                .addValue("at", importedAt.atOffset(ZoneOffset.UTC)))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Records what the source key became: inserts the key's entry, or replaces it when {@code known}. */
    void save(String sourceKey, boolean known, UUID itemId, String contentHash, String legacyPath, Instant importedAt) {
        String sql = known ? """
                        UPDATE imported_item SET item_id = :itemId, content_hash = :hash, legacy_path = :path,
                            imported_at = :at
                        WHERE source_key = :key""" : INSERT;
        db.sql(sql)
                .param("key", sourceKey)
                .param("itemId", itemId)
                .param("hash", contentHash)
                .param("path", legacyPath)
                .param("at", importedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The item imported from the legacy path (the latest import, should several sites have used the path). */
    Optional<UUID> itemAt(String legacyPath) {
        return db
                .sql("""
                        SELECT item_id FROM imported_item WHERE legacy_path = :path
                        ORDER BY imported_at DESC, source_key""")
                .param("path", legacyPath)
                .query((rs, n) -> rs.getObject("item_id", UUID.class))
                .list()
                .stream()
                .findFirst();
    }

    long count() {
        return db.sql("SELECT COUNT(*) FROM imported_item").query(Long.class).single();
    }
}
