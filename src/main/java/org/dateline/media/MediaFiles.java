package org.dateline.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only class that issues SQL for media; portable across H2 and PostgreSQL. */
@Repository
class MediaFiles {

    private final JdbcClient db;

    MediaFiles(JdbcClient db) {
        this.db = db;
    }

    long insert(Media media, String storagePath) {
        db.sql("""
                        INSERT INTO media (item_id, kind, file_name, content_type, byte_size, sha256, width, height,
                            alt_text, caption, storage_path, created_at, created_by, sort_order)
                        VALUES (:itemId, :kind, :fileName, :contentType, :byteSize, :sha256, :width, :height,
                            :altText, :caption, :storagePath, :createdAt, :createdBy,
                            (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM media WHERE item_id = :itemId))""")
                .param("itemId", media.itemId())
                .param("kind", media.kind().name())
                .param("fileName", media.fileName())
                .param("contentType", media.contentType())
                .param("byteSize", media.byteSize())
                .param("sha256", media.sha256())
                .param("width", media.width())
                .param("height", media.height())
                .param("altText", media.altText())
                .param("caption", media.caption())
                .param("storagePath", storagePath)
                .param("createdAt", media.createdAt().atOffset(ZoneOffset.UTC))
                .param("createdBy", media.createdBy())
                .update();
        // The newest row of this item and hash; ids only grow.
        return db.sql("SELECT MAX(id) FROM media WHERE item_id = :itemId AND sha256 = :sha256")
                .param("itemId", media.itemId())
                .param("sha256", media.sha256())
                .query(Long.class)
                .single();
    }

    Optional<Media> find(long id) {
        return db.sql("SELECT * FROM media WHERE id = :id")
                .param("id", id)
                .query(MediaFiles::map)
                .optional();
    }

    Optional<String> storagePath(long id) {
        return db.sql("SELECT storage_path FROM media WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    List<Media> forItem(UUID itemId) {
        return db.sql("SELECT * FROM media WHERE item_id = :itemId ORDER BY sort_order, id")
                .param("itemId", itemId)
                .query(MediaFiles::map)
                .list();
    }

    int delete(long id) {
        return db.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
    }

    boolean anyWithHash(String sha256) {
        return db.sql("SELECT COUNT(*) FROM media WHERE sha256 = :sha256")
                        .param("sha256", sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void setSortOrder(long id, int sortOrder) {
        db.sql("UPDATE media SET sort_order = :sortOrder WHERE id = :id")
                .param("sortOrder", sortOrder)
                .param("id", id)
                .update();
    }

    private static Media map(ResultSet rs, int row) throws SQLException {
        return new Media(
                rs.getLong("id"),
                rs.getObject("item_id", UUID.class),
                MediaKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("byte_size"),
                rs.getString("sha256").strip(),
                (Integer) rs.getObject("width"),
                (Integer) rs.getObject("height"),
                rs.getString("alt_text"),
                rs.getString("caption"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                rs.getInt("sort_order"));
    }
}
