package org.dateline.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only class that issues SQL for imported items: their source keys, content hashes and legacy paths. */
@Repository
class ImportedItems {

    /** What an earlier import of a source key wrote. */
    record Entry(UUID itemId, String contentHash) {}

    private final JdbcClient db;

    ImportedItems(JdbcClient db) {
        this.db = db;
    }

    Optional<Entry> find(String sourceKey) {
        return db.sql("SELECT item_id, content_hash FROM imported_item WHERE source_key = :key")
                .param("key", sourceKey)
                .query((rs, n) -> new Entry(rs.getObject("item_id", UUID.class), rs.getString("content_hash")))
                .optional();
    }

    /** Records what the source key became: inserts the key's entry, or replaces it when {@code known}. */
    void save(String sourceKey, boolean known, UUID itemId, String contentHash, String legacyPath, Instant importedAt) {
        String sql = known ? """
                        UPDATE imported_item SET item_id = :itemId, content_hash = :hash, legacy_path = :path,
                            imported_at = :at
                        WHERE source_key = :key""" : """
                        INSERT INTO imported_item (source_key, item_id, content_hash, legacy_path, imported_at)
                        VALUES (:key, :itemId, :hash, :path, :at)""";
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
