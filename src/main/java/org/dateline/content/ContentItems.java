package org.dateline.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only class that issues SQL for content items and their fields of work and countries; portable
 * across H2 and PostgreSQL. Items come with their term ids, loaded in one query per list of items.
 */
@Repository
class ContentItems {

    private static final String COLUMNS = """
            c.id, c.slug, c.type, c.language, c.translation_group, c.title, c.summary, c.body, c.dateline, c.item_date,
            c.item_time, c.time_zone, c.place, c.source_id, c.meeting_type_id, c.status, c.publish_at, c.published_at,
            c.created_at, c.updated_at, c.legacy_url""";

    private static final String NEWEST_FIRST =
            " ORDER BY c.item_date DESC, c.item_time DESC NULLS LAST, c.published_at DESC NULLS LAST, c.id";

    private static final String INSERT = """
            INSERT INTO content_item (id, path, slug, type, language, translation_group, title, summary, body,
                dateline, item_date, item_time, time_zone, place, source_id, meeting_type_id, status, publish_at,
                published_at, created_at, updated_at, legacy_url)
            VALUES (:id, :path, :slug, :type, :language, :translationGroup, :title, :summary, :body, :dateline, :date,
                :time, :zone, :place, :sourceId, :meetingTypeId, :status, :publishAt, :publishedAt, :createdAt,
                :updatedAt, :legacyUrl)""";

    // The latest revision's body is the item's (V19): NULL until the item is next saved.
    private static final String INSERT_REVISION = """
            INSERT INTO content_item_revision (item_id, saved_at, title, summary, dateline, place)
            VALUES (:itemId, :savedAt, :title, :summary, :dateline, :place)""";

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;
    private final Taxonomy taxonomy;
    private final LastChange lastChange;

    ContentItems(JdbcClient db, NamedParameterJdbcTemplate batch, Taxonomy taxonomy, LastChange lastChange) {
        this.db = db;
        this.batch = batch;
        this.taxonomy = taxonomy;
        this.lastChange = lastChange;
    }

    Optional<ContentItem> findById(UUID id) {
        return findOne("c.id = :value", id);
    }

    /** The items with the ids, whatever their status, in no particular order; unknown ids are left out. */
    List<ContentItem> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withTermIds(db.sql("SELECT " + COLUMNS + " FROM content_item c WHERE c.id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query(ContentItems::map)
                .list());
    }

    /** The items with the ids, in the order of the ids; unknown ids are left out. */
    List<ContentItem> findAllInOrder(List<UUID> ids) {
        Map<UUID, ContentItem> byId = new HashMap<>();
        findAllById(ids).forEach(item -> byId.put(item.id(), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    Optional<ContentItem> findByPath(String path) {
        return findOne("c.path = :value", path);
    }

    Optional<ContentItem> findByLegacyUrl(String legacyUrl) {
        return findOne("c.legacy_url = :value", legacyUrl);
    }

    /** The other items of the item's translation group, whatever their status, by language. */
    List<Translation> translationsOf(ContentItem item) {
        return db.sql("SELECT " + TRANSLATION_COLUMNS + " FROM content_item"
                        + " WHERE translation_group = :group AND id <> :id ORDER BY language, id")
                .param("group", item.translationGroup())
                .param("id", item.id())
                .query((rs, n) -> translation(rs))
                .list();
    }

    /** The published items of the items' translation groups but the items themselves, by the id of each item. */
    Map<UUID, List<Translation>> publishedTranslationsOf(Collection<ContentItem> of) {
        Map<UUID, List<Translation>> byItem = new HashMap<>();
        if (of.isEmpty()) {
            return byItem;
        }
        Map<UUID, List<Translation>> byGroup = new HashMap<>();
        db.sql("SELECT " + TRANSLATION_COLUMNS + ", translation_group FROM content_item"
                        + " WHERE translation_group IN (:groups) AND status = 'PUBLISHED' ORDER BY language, id")
                .param(
                        "groups",
                        of.stream()
                                .map(ContentItem::translationGroup)
                                .distinct()
                                .toList())
                .query(rs -> {
                    byGroup.computeIfAbsent(rs.getObject("translation_group", UUID.class), group -> new ArrayList<>())
                            .add(translation(rs));
                });
        for (ContentItem item : of) {
            byItem.put(
                    item.id(),
                    byGroup.getOrDefault(item.translationGroup(), List.of()).stream()
                            .filter(translation -> !translation.id().equals(item.id()))
                            .toList());
        }
        return byItem;
    }

    private static final String TRANSLATION_COLUMNS = "id, language, title, path, status";

    private static Translation translation(ResultSet rs) throws SQLException {
        return new Translation(
                rs.getObject("id", UUID.class),
                rs.getString("language"),
                rs.getString("title"),
                rs.getString("path"),
                ItemStatus.valueOf(rs.getString("status")));
    }

    /** The languages of the group's items other than the one with the id. */
    List<String> languagesOfTranslationGroup(UUID group, UUID exceptId) {
        return db.sql("SELECT language FROM content_item WHERE translation_group = :group AND id <> :id")
                .param("group", group)
                .param("id", exceptId)
                .query(String.class)
                .list();
    }

    /** The id of the item at the path, whatever its status. */
    Optional<UUID> idAtPath(String path) {
        return db.sql("SELECT id FROM content_item WHERE path = :path")
                .param("path", path)
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .optional();
    }

    /** The id of the item that was at the path before it moved (its type, date or slug changed). */
    Optional<UUID> idAtFormerPath(String path) {
        return db.sql("SELECT item_id FROM item_former_path WHERE path = :path")
                .param("path", path)
                .query(UUID.class)
                .optional();
    }

    /**
     * Records that the item has moved from {@code from} to {@code to}: links to {@code from} lead to it from now on,
     * in place of any item that was there before; {@code to} is no longer one of its former paths.
     */
    void moved(UUID id, String from, String to, Instant at) {
        db.sql("DELETE FROM item_former_path WHERE path IN (:from, :to)")
                .param("from", from)
                .param("to", to)
                .update();
        db.sql("INSERT INTO item_former_path (path, item_id, moved_at) VALUES (:path, :id, :at)")
                .param("path", from)
                .param("id", id)
                .param("at", timestamp(at))
                .update();
    }

    /** Those of the paths that items are at: read from the index on the path alone. */
    Set<String> takenPaths(Collection<String> paths) {
        if (paths.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.sql("SELECT path FROM content_item WHERE path IN (:paths)")
                .param("paths", List.copyOf(paths))
                .query(String.class)
                .list());
    }

    /** The ids of the items at those of the paths that are taken, by path. */
    Map<String, UUID> idsAtPaths(Collection<String> paths) {
        return idsBy("path", paths);
    }

    /** The ids of the items imported from those of the legacy URLs that are known, by legacy URL. */
    Map<String, UUID> idsOfLegacyUrls(Collection<String> legacyUrls) {
        return idsBy("legacy_url", legacyUrls);
    }

    private Map<String, UUID> idsBy(String column, Collection<String> values) {
        Map<String, UUID> ids = new HashMap<>();
        if (!values.isEmpty()) {
            db.sql("SELECT id, " + column + " FROM content_item WHERE " + column + " IN (:values)")
                    .param("values", List.copyOf(values))
                    .query(rs -> {
                        ids.put(rs.getString(column), rs.getObject("id", UUID.class));
                    });
        }
        return ids;
    }

    /** The id of the item imported from the legacy URL, whatever its status. */
    Optional<UUID> idOfLegacyUrl(String legacyUrl) {
        return db.sql("SELECT id FROM content_item WHERE legacy_url = :legacyUrl")
                .param("legacyUrl", legacyUrl)
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .optional();
    }

    /** Inserts the item or replaces the stored one of the same id, fields of work and countries included. */
    void save(ContentItem item) {
        save(item, true);
    }

    /** Inserts an item known to be new, fields of work and countries included, without first trying to update it. */
    void insert(ContentItem item) {
        save(item, false);
    }

    /**
     * Inserts items known to be new, fields of work and countries included, each statement once for all of them: an
     * import writes thousands of items, and on PostgreSQL every statement is a round trip.
     */
    void insertAll(List<ContentItem> items) {
        if (items.isEmpty()) {
            return;
        }
        lastChange.changing();
        batch.batchUpdate(
                INSERT,
                items.stream()
                        .map(item -> new MapSqlParameterSource(columns(item)))
                        .toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> terms = new ArrayList<>();
        for (ContentItem item : items) {
            List<Long> termIds = new ArrayList<>(item.fieldOfWorkIds());
            termIds.addAll(item.countryIds());
            for (int i = 0; i < termIds.size(); i++) {
                terms.add(new MapSqlParameterSource()
                        .addValue("itemId", item.id())
                        .addValue("termId", termIds.get(i))
                        .addValue("sortOrder", i));
            }
        }
        if (!terms.isEmpty()) {
            batch.batchUpdate(
                    "INSERT INTO content_item_term (item_id, term_id, sort_order) VALUES (:itemId, :termId, :sortOrder)",
                    terms.toArray(SqlParameterSource[]::new));
        }
    }

    private void save(ContentItem item, boolean mayExist) {
        lastChange.changing();
        Map<String, Object> columns = columns(item);
        if (mayExist) {
            keepLatestRevisionsBody(item.id());
        }
        int updated = !mayExist ? 0 : db.sql("""
                        UPDATE content_item SET path = :path, slug = :slug, type = :type, language = :language,
                            translation_group = :translationGroup, title = :title, summary = :summary, body = :body,
                            dateline = :dateline, item_date = :date, item_time = :time, time_zone = :zone,
                            place = :place, source_id = :sourceId, meeting_type_id = :meetingTypeId, status = :status,
                            publish_at = :publishAt, published_at = :publishedAt, created_at = :createdAt,
                            updated_at = :updatedAt, legacy_url = :legacyUrl
                        WHERE id = :id""").params(columns).update();
        if (updated == 0) {
            db.sql(INSERT).params(columns).update();
        } else {
            db.sql("DELETE FROM content_item_term WHERE item_id = :id")
                    .param("id", item.id())
                    .update();
        }
        List<Long> termIds = new ArrayList<>(item.fieldOfWorkIds());
        termIds.addAll(item.countryIds());
        if (!termIds.isEmpty()) {
            // One statement for all of an item's terms: bulk imports write thousands of items.
            StringBuilder sql =
                    new StringBuilder("INSERT INTO content_item_term (item_id, term_id, sort_order) VALUES ");
            Map<String, Object> params = new HashMap<>();
            params.put("itemId", item.id());
            for (int i = 0; i < termIds.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(:itemId, :termId")
                        .append(i)
                        .append(", ")
                        .append(i)
                        .append(')');
                params.put("termId" + i, termIds.get(i));
            }
            db.sql(sql.toString()).params(params).update();
        }
    }

    /** How many items of each status have a source among {@code sourceIds} (every item when null). */
    Map<ItemStatus, Long> countByStatus(Collection<Long> sourceIds) {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        if (sourceIds != null && sourceIds.isEmpty()) {
            return counts;
        }
        String where = sourceIds == null ? "" : " WHERE source_id IN (:sourceIds)";
        var statement = db.sql("SELECT status, COUNT(*) AS items FROM content_item" + where + " GROUP BY status");
        if (sourceIds != null) {
            statement = statement.param("sourceIds", sourceIds);
        }
        statement.query(rs -> {
            counts.put(ItemStatus.valueOf(rs.getString("status")), rs.getLong("items"));
        });
        return counts;
    }

    /**
     * Up to {@code limit} items of the status whose source is one of {@code sourceIds} (every item when null) and
     * whose title or text contains {@code textContains} in any case (any item when null), most recently changed
     * first, from the one after {@code after} (from the first when null or unknown).
     */
    List<ContentItem> findForDesk(
            Collection<Long> sourceIds, ItemStatus status, String textContains, UUID after, int limit) {
        if (sourceIds != null && sourceIds.isEmpty()) {
            return List.of();
        }
        Instant afterChange = after == null
                ? null
                : db.sql("SELECT updated_at FROM content_item WHERE id = :id")
                        .param("id", after)
                        .query((rs, n) -> instant(rs, 1))
                        .optional()
                        .orElse(null);
        StringBuilder sql = new StringBuilder("SELECT c.id FROM content_item c WHERE c.status = :status");
        if (sourceIds != null) {
            sql.append(" AND c.source_id IN (:sourceIds)");
        }
        if (textContains != null) {
            // The body's markup matches too (a search for "strong" finds <strong>); editors look for words.
            sql.append(" AND (LOWER(c.title) LIKE :text ESCAPE '\\' OR LOWER(c.body) LIKE :text ESCAPE '\\')");
        }
        if (afterChange != null) {
            // The first condition alone is a range of the index; the second leaves out what the page before showed.
            sql.append(" AND c.updated_at <= :afterChange AND (c.updated_at < :afterChange OR c.id < :after)");
        }
        // The status is one value: ordering by it too is what lets H2 read an administrator's page from the index
        // on (status, updated_at, id) in order, where it sorted every item of the status.
        sql.append(" ORDER BY c.status DESC, c.updated_at DESC, c.id DESC LIMIT :limit");
        var statement = db.sql(sql.toString()).param("status", status.name()).param("limit", limit);
        if (sourceIds != null) {
            statement = statement.param("sourceIds", sourceIds);
        }
        if (textContains != null) {
            String escaped = textContains.toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1");
            statement = statement.param("text", "%" + escaped + "%");
        }
        if (afterChange != null) {
            statement = statement.param("afterChange", timestamp(afterChange)).param("after", after);
        }
        // Ids first, from the index alone; then the rows of the page, not the rows of every item the page was cut from.
        return findAllInOrder(
                statement.query((rs, n) -> rs.getObject("id", UUID.class)).list());
    }

    /** The ids of scheduled items whose publication time has come. */
    List<UUID> dueForPublication(Instant now) {
        return db.sql(
                        "SELECT id FROM content_item WHERE status = 'SCHEDULED' AND publish_at <= :now ORDER BY publish_at")
                .param("now", timestamp(now))
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
    }

    /** The ids of published items whose expiry has come. */
    List<UUID> dueForWithdrawal(Instant now) {
        // The lower bound lets H2 skip the items that never expire (NULL, first in its index) instead of reading them.
        return db.sql("""
                        SELECT id FROM content_item
                        WHERE status = 'PUBLISHED' AND unpublish_at BETWEEN :earliest AND :now
                        ORDER BY unpublish_at""")
                .param("earliest", timestamp(Instant.EPOCH))
                .param("now", timestamp(now))
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
    }

    /**
     * Publishes the scheduled item if it is still scheduled and due; true for the one caller (of all nodes)
     * whose update changed the row.
     */
    boolean claimPublication(UUID id, Instant now) {
        lastChange.changing();
        return db.sql("""
                        UPDATE content_item SET status = 'PUBLISHED', published_at = publish_at, updated_at = :now
                        WHERE id = :id AND status = 'SCHEDULED' AND publish_at <= :now""").param("id", id).param("now", timestamp(now)).update() == 1;
    }

    /** Withdraws the published item if it is still published and expired; true for the one caller that did. */
    boolean claimWithdrawal(UUID id, Instant now) {
        lastChange.changing();
        return db.sql("""
                        UPDATE content_item SET status = 'UNPUBLISHED', unpublish_at = NULL, updated_at = :now
                        WHERE id = :id AND status = 'PUBLISHED' AND unpublish_at <= :now""").param("id", id).param("now", timestamp(now)).update() == 1;
    }

    Optional<Instant> unpublishAt(UUID id) {
        return db.sql("SELECT unpublish_at FROM content_item WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> Optional.ofNullable(instant(rs, "unpublish_at")))
                .optional()
                .flatMap(at -> at);
    }

    void setUnpublishAt(UUID id, Instant at) {
        db.sql("UPDATE content_item SET unpublish_at = :at WHERE id = :id")
                .param("id", id)
                .param("at", timestamp(at))
                .update();
    }

    void addCorrection(UUID itemId, String note, Instant at) {
        db.sql("INSERT INTO content_item_correction (item_id, note, corrected_at) VALUES (:itemId, :note, :at)")
                .param("itemId", itemId)
                .param("note", note)
                .param("at", timestamp(at))
                .update();
    }

    void addRevision(ContentItem item) {
        db.sql(INSERT_REVISION).paramSource(revision(item)).update();
    }

    void addRevisions(List<ContentItem> items) {
        if (!items.isEmpty()) {
            batch.batchUpdate(
                    INSERT_REVISION, items.stream().map(ContentItems::revision).toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource revision(ContentItem item) {
        return new MapSqlParameterSource()
                .addValue("itemId", item.id())
                .addValue("savedAt", timestamp(item.updatedAt()))
                .addValue("title", item.title())
                .addValue("summary", item.summary())
                .addValue("dateline", item.dateline())
                .addValue("place", item.place());
    }

    /**
     * Locks the item's row until the transaction ends; nothing when there is no such item. Whatever reads an item
     * to {@link #save} it takes the lock before it reads.
     */
    void lock(UUID id) {
        db.sql("SELECT id FROM content_item WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    /**
     * Gives the item's latest revision its own copy of the body, which it shares with the item until then: called
     * before every save of a stored item, which may change its body. The caller has locked the item's row since it
     * read the item ({@link #lock}), so that a save of the same item at the same time waits, and then finds the
     * revision this one adds.
     */
    private void keepLatestRevisionsBody(UUID itemId) {
        db.sql("""
                        UPDATE content_item_revision
                        SET body = (SELECT body FROM content_item WHERE id = :id)
                        WHERE item_id = :id AND body IS NULL""").param("id", itemId).update();
    }

    /** The item's revisions, oldest first. */
    List<Revision> revisions(UUID itemId) {
        return db.sql("""
                        SELECT r.id, r.item_id, r.saved_at, r.title, r.summary, COALESCE(r.body, c.body) AS body,
                            r.dateline, r.place
                        FROM content_item_revision r JOIN content_item c ON c.id = r.item_id
                        WHERE r.item_id = :itemId
                        ORDER BY r.id""")
                .param("itemId", itemId)
                .query((rs, n) -> new Revision(
                        rs.getLong("id"),
                        rs.getObject("item_id", UUID.class),
                        instant(rs, "saved_at"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getString("body"),
                        rs.getString("dateline"),
                        rs.getString("place")))
                .list();
    }

    /** The item's correction notes, oldest first. */
    List<Correction> corrections(UUID itemId) {
        return db.sql("""
                        SELECT note, corrected_at FROM content_item_correction WHERE item_id = :itemId
                        ORDER BY corrected_at, id""")
                .param("itemId", itemId)
                .query((rs, n) -> new Correction(rs.getString("note"), instant(rs, "corrected_at")))
                .list();
    }

    /** A page of the published items the query asks for, newest first. */
    List<ContentItem> findPublished(ItemQuery query) {
        Filter filter = Filter.of(query);
        List<ContentItem> items = db.sql("SELECT " + COLUMNS + " FROM content_item c" + filter.where() + NEWEST_FIRST
                        + " LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", query.size())
                .param("offset", query.offset())
                .query(ContentItems::map)
                .list();
        return withTermIds(items);
    }

    /** How many published items the query matches on all its pages. */
    long countPublished(ItemQuery query) {
        Filter filter = Filter.of(query);
        return db.sql("SELECT COUNT(*) FROM content_item c" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    long countAll() {
        return db.sql("SELECT COUNT(*) FROM content_item").query(Long.class).single();
    }

    /** The years in which the published items a query matches (whatever its year) are dated, latest first. */
    List<Integer> publishedYears(ItemQuery query) {
        Filter filter = Filter.of(query.withYear(null));
        return db.sql("SELECT DISTINCT EXTRACT(YEAR FROM c.item_date) AS item_year FROM content_item c"
                        + filter.where()
                        + " ORDER BY item_year DESC")
                .params(filter.params())
                .query((rs, n) -> rs.getInt("item_year"))
                .list();
    }

    /** When any item, whatever its status, last changed; empty for an empty archive. */
    Optional<Instant> lastChange() {
        return lastChange.get(() -> instant("SELECT MAX(updated_at) FROM content_item"));
    }

    long localChanges() {
        return lastChange.count();
    }

    /** Stamps the item as changed at {@code now} without changing anything else. */
    void touch(UUID id, Instant now) {
        lastChange.changing();
        db.sql("UPDATE content_item SET updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", timestamp(now))
                .update();
    }

    /**
     * The key of every {@code every}th published item in publication order, the first included: where each run of
     * that many items begins. One pass over the covering index, so that a run is then found by its key, where
     * {@code OFFSET} would walk every entry before it.
     */
    List<PublicationKey> publishedRunStarts(int every) {
        List<PublicationKey> starts = new ArrayList<>();
        long[] seen = {0};
        db.sql("SELECT published_at, id FROM content_item WHERE status = 'PUBLISHED' ORDER BY published_at, id")
                .query((RowCallbackHandler) rs -> {
                    if (seen[0]++ % every == 0) {
                        starts.add(new PublicationKey(instant(rs, "published_at"), rs.getObject("id", UUID.class)));
                    }
                });
        return starts;
    }

    /**
     * Hands the paths of the published items, oldest publication first, from the one at {@code from} on, at most
     * {@code limit}, to {@code action} one row at a time as the database streams them.
     */
    void forEachPublishedLocation(PublicationKey from, int limit, Consumer<ItemLocation> action) {
        db.sql("SELECT path, updated_at FROM content_item WHERE status = 'PUBLISHED'"
                        + " AND published_at >= :at AND (published_at > :at OR id >= :id)"
                        + " ORDER BY published_at, id LIMIT :limit")
                .param("at", timestamp(from.publishedAt()))
                .param("id", from.id())
                .param("limit", limit)
                .query((RowCallbackHandler)
                        rs -> action.accept(new ItemLocation(rs.getString("path"), instant(rs, "updated_at"))));
    }

    /**
     * The public and withdrawn items (those published once) the query matches, in the order of their last
     * change, then id.
     */
    List<ContentItem> findChanged(ChangeQuery query) {
        StringBuilder where = new StringBuilder(" WHERE (c.status = 'PUBLISHED' OR c.published_at IS NOT NULL)");
        Map<String, Object> params = new HashMap<>();
        if (query.from() != null) {
            where.append(" AND c.updated_at >= :from");
            params.put("from", timestamp(query.from()));
        }
        if (query.until() != null) {
            where.append(" AND c.updated_at < :until");
            params.put("until", timestamp(query.until()));
        }
        if (query.type() != null) {
            where.append(" AND c.type = :type");
            params.put("type", query.type().name());
        }
        if (!query.sourceIds().isEmpty()) {
            where.append(" AND c.source_id IN (:sourceIds)");
            params.put("sourceIds", query.sourceIds());
        }
        if (!query.termIds().isEmpty()) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM content_item_term t WHERE t.item_id = c.id AND t.term_id IN (:termIds))");
            params.put("termIds", query.termIds());
        }
        if (query.afterChange() != null) {
            where.append(" AND c.updated_at >= :afterChange AND (c.updated_at > :afterChange OR c.id > :afterId)");
            params.put("afterChange", timestamp(query.afterChange()));
            params.put("afterId", query.afterId());
        }
        List<ContentItem> items = db.sql("SELECT " + COLUMNS + " FROM content_item c" + where
                        + " ORDER BY c.updated_at, c.id LIMIT :limit")
                .params(params)
                .param("limit", query.limit())
                .query(ContentItems::map)
                .list();
        return withTermIds(items);
    }

    /** The earliest last change of an item published once; empty when none was. */
    Optional<Instant> earliestChange() {
        return instant(
                "SELECT MIN(updated_at) FROM content_item WHERE status = 'PUBLISHED' OR published_at IS NOT NULL");
    }

    // An aggregate over no rows is one row holding NULL.
    private Optional<Instant> instant(String aggregate) {
        return db.sql(aggregate).query((rs, n) -> instant(rs, 1)).list().stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * Up to {@code limit} items of any status with an id after {@code afterId} (from the first when null), in id
     * order. No status condition, on purpose: with one, H2 picks the status index and sorts every row before the
     * limit; without, it walks the primary key, so each page costs the same however deep.
     */
    List<ContentItem> findAfter(UUID afterId, int limit) {
        return withTermIds(db.sql("SELECT " + COLUMNS + " FROM content_item c WHERE c.id > :afterId"
                        + " ORDER BY c.id LIMIT :limit")
                .param("afterId", afterId == null ? new UUID(0, 0) : afterId)
                .param("limit", limit)
                .query(ContentItems::map)
                .list());
    }

    /** How many published items each day holds. */
    NavigableMap<LocalDate, Long> countPublishedPerDay() {
        NavigableMap<LocalDate, Long> days = new TreeMap<>();
        db.sql("SELECT item_date, COUNT(*) AS items FROM content_item WHERE status = 'PUBLISHED' GROUP BY item_date")
                .query((RowCallbackHandler)
                        rs -> days.put(rs.getObject("item_date", LocalDate.class), rs.getLong("items")));
        return days;
    }

    /** The published items dated from {@code oldest} to {@code newest}, in no particular order: read from an index. */
    List<DatedId> findPublishedDated(LocalDate oldest, LocalDate newest) {
        return db.sql("SELECT id, item_date, item_time, published_at FROM content_item"
                        + " WHERE status = 'PUBLISHED' AND item_date BETWEEN :oldest AND :newest")
                .param("oldest", oldest)
                .param("newest", newest)
                .query((rs, n) -> new DatedId(
                        rs.getObject("id", UUID.class),
                        rs.getObject("item_date", LocalDate.class),
                        rs.getObject("item_time", LocalTime.class),
                        instant(rs, "published_at")))
                .list();
    }

    /** The items of any status changed after ({@code after}, {@code afterId}), oldest change first, then by id. */
    List<ContentItem> findChangedAfter(Instant after, UUID afterId, int limit) {
        // The first condition alone bounds a range of the (updated_at, id) index; an OR at the top would not.
        return withTermIds(db.sql("SELECT " + COLUMNS + " FROM content_item c WHERE c.updated_at >= :after"
                        + " AND (c.updated_at > :after OR c.id > :afterId) ORDER BY c.updated_at, c.id LIMIT :limit")
                .param("after", timestamp(after))
                .param("afterId", afterId == null ? new UUID(0, 0) : afterId)
                .param("limit", limit)
                .query(ContentItems::map)
                .list());
    }

    // One item reads its terms in the same statement, which saves an item page a round trip; lists read theirs in
    // one batch after their limit (a subquery in their select list would run for every row a sort looks at).
    private Optional<ContentItem> findOne(String condition, Object value) {
        return db.sql("SELECT " + COLUMNS + ", (SELECT ARRAY_AGG(t.term_id ORDER BY t.sort_order)"
                        + " FROM content_item_term t WHERE t.item_id = c.id) AS term_ids"
                        + " FROM content_item c WHERE " + condition)
                .param("value", value)
                .query((rs, row) -> withTermIds(map(rs, row), termIds(rs.getArray("term_ids"))))
                .optional();
    }

    private static List<Long> termIds(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray())
                    .map(id -> ((Number) id).longValue())
                    .toList();
        } finally {
            array.free();
        }
    }

    private List<ContentItem> withTermIds(List<ContentItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<UUID, List<Long>> termIds = new HashMap<>();
        db.sql("""
                        SELECT item_id, term_id FROM content_item_term WHERE item_id IN (:ids)
                        ORDER BY item_id, sort_order""").param("ids", items.stream().map(ContentItem::id).toList()).query(rs -> {
            termIds.computeIfAbsent(rs.getObject("item_id", UUID.class), id -> new ArrayList<>())
                    .add(rs.getLong("term_id"));
        });
        return items.stream()
                .map(item -> withTermIds(item, termIds.getOrDefault(item.id(), List.of())))
                .toList();
    }

    // The join table holds fields of work and countries alike; each term's vocabulary tells which it is.
    private ContentItem withTermIds(ContentItem item, List<Long> termIds) {
        List<Long> fieldOfWorkIds = new ArrayList<>();
        List<Long> countryIds = new ArrayList<>();
        for (long termId : termIds) {
            Vocabulary vocabulary = taxonomy.byId(termId)
                    .map(Term::vocabulary)
                    .orElseThrow(() ->
                            new IllegalStateException("Item " + item.id() + " refers to the unknown term " + termId));
            switch (vocabulary) {
                case FIELD_OF_WORK -> fieldOfWorkIds.add(termId);
                case COUNTRY -> countryIds.add(termId);
                default ->
                    throw new IllegalStateException("Item " + item.id() + " lists the " + vocabulary + " term " + termId
                            + " among its fields of work and countries");
            }
        }
        return item.withTermIds(fieldOfWorkIds, countryIds);
    }

    private static Map<String, Object> columns(ContentItem item) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", item.id());
        columns.put("path", item.path());
        columns.put("slug", item.slug().value());
        columns.put("type", item.type().name());
        columns.put("language", item.language());
        columns.put("translationGroup", item.translationGroup());
        columns.put("title", item.title());
        columns.put("summary", item.summary());
        columns.put("body", item.body());
        columns.put("dateline", item.dateline());
        columns.put("date", item.date());
        columns.put("time", item.time());
        columns.put("zone", item.zone() == null ? null : item.zone().getId());
        columns.put("place", item.place());
        columns.put("sourceId", item.sourceId());
        columns.put("meetingTypeId", item.meetingTypeId());
        columns.put("status", item.status().name());
        columns.put("publishAt", timestamp(item.publishAt()));
        columns.put("publishedAt", timestamp(item.publishedAt()));
        columns.put("createdAt", timestamp(item.createdAt()));
        columns.put("updatedAt", timestamp(item.updatedAt()));
        columns.put("legacyUrl", item.legacyUrl());
        return columns;
    }

    private static ContentItem map(ResultSet rs, int row) throws SQLException {
        String zone = rs.getString("time_zone");
        return new ContentItem(
                rs.getObject("id", UUID.class),
                new Slug(rs.getString("slug")),
                ContentType.valueOf(rs.getString("type")),
                rs.getString("language"),
                rs.getObject("translation_group", UUID.class),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                rs.getString("dateline"),
                rs.getObject("item_date", LocalDate.class),
                rs.getObject("item_time", LocalTime.class),
                zone == null ? null : ZoneId.of(zone),
                rs.getString("place"),
                rs.getObject("source_id", Long.class),
                List.of(),
                List.of(),
                rs.getObject("meeting_type_id", Long.class),
                ItemStatus.valueOf(rs.getString("status")),
                instant(rs, "publish_at"),
                instant(rs, "published_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getString("legacy_url"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The WHERE clause of a listing and its parameters; only fixed SQL fragments, values are bound. */
    private record Filter(String where, Map<String, Object> params) {

        static Filter of(ItemQuery query) {
            StringBuilder where = new StringBuilder(" WHERE c.status = 'PUBLISHED'");
            Map<String, Object> params = new HashMap<>();
            if (query.type() != null) {
                where.append(" AND c.type = :type");
                params.put("type", query.type().name());
            }
            if (query.year() != null) {
                where.append(" AND c.item_date >= :fromDate AND c.item_date < :untilDate");
                params.put("fromDate", LocalDate.of(query.year(), 1, 1));
                params.put("untilDate", LocalDate.of(query.year() + 1, 1, 1));
            }
            if (!query.termIds().isEmpty()) {
                appendAnyTerm(where, "termIds");
                params.put("termIds", query.termIds());
            }
            for (int i = 0; i < query.termGroups().size(); i++) {
                String name = "termGroup" + i;
                appendAnyTerm(where, name);
                // An empty group matches no item: an IN list must not be empty, so it gets an impossible id.
                params.put(
                        name,
                        query.termGroups().get(i).isEmpty()
                                ? Set.of(-1L)
                                : query.termGroups().get(i));
            }
            if (!query.types().isEmpty()) {
                where.append(" AND c.type IN (:types)");
                params.put("types", query.types().stream().map(Enum::name).toList());
            }
            if (!query.languages().isEmpty()) {
                where.append(" AND c.language IN (:languages)");
                params.put("languages", query.languages());
            }
            if (!query.years().isEmpty()) {
                where.append(" AND (");
                int i = 0;
                for (int year : query.years()) {
                    where.append(i == 0 ? "" : " OR ")
                            .append("(c.item_date >= :yearFrom")
                            .append(i)
                            .append(" AND c.item_date < :yearUntil")
                            .append(i)
                            .append(")");
                    params.put("yearFrom" + i, LocalDate.of(year, 1, 1));
                    params.put("yearUntil" + i, LocalDate.of(year + 1, 1, 1));
                    i++;
                }
                where.append(")");
            }
            return new Filter(where.toString(), params);
        }

        private static void appendAnyTerm(StringBuilder where, String param) {
            where.append(" AND (c.source_id IN (:" + param + ") OR c.meeting_type_id IN (:" + param + ")")
                    .append(" OR EXISTS (SELECT 1 FROM content_item_term t")
                    .append(" WHERE t.item_id = c.id AND t.term_id IN (:" + param + ")))");
        }
    }
}
