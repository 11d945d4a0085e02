package org.dateline.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.shared.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The only class that issues SQL for terms, their aliases and the Chairpersonship; portable across H2 and PostgreSQL. */
@Repository
class Terms {

    private static final String COLUMNS =
            "id, vocabulary, slug, name, short_name, parent_id, code, valid_from, valid_until, sort_order, retired";

    private final JdbcClient db;

    Terms(JdbcClient db) {
        this.db = db;
    }

    long count() {
        return db.sql("SELECT COUNT(*) FROM term").query(Long.class).single();
    }

    /** Inserts the term and its aliases; the given id is ignored, the generated one returned. */
    long insert(Term term) {
        KeyHolder key = new GeneratedKeyHolder();
        db.sql("""
                        INSERT INTO term (vocabulary, slug, name, short_name, parent_id, code, valid_from, valid_until,
                                          sort_order, retired)
                        VALUES (:vocabulary, :slug, :name, :shortName, :parentId, :code, :validFrom, :validUntil,
                                :sortOrder, :retired)""").params(columns(term)).update(key, "id");
        long id = key.getKeyAs(Long.class);
        insertAliases(id, term.aliases());
        return id;
    }

    /** Replaces the stored term of the same id, aliases included; false when there is none. */
    boolean update(Term term) {
        int rows = db.sql("""
                        UPDATE term SET vocabulary = :vocabulary, slug = :slug, name = :name, short_name = :shortName,
                                        parent_id = :parentId, code = :code, valid_from = :validFrom,
                                        valid_until = :validUntil, sort_order = :sortOrder, retired = :retired
                        WHERE id = :id""").params(columns(term)).param("id", term.id()).update();
        if (rows == 0) {
            return false;
        }
        db.sql("DELETE FROM term_alias WHERE term_id = :id")
                .param("id", term.id())
                .update();
        insertAliases(term.id(), term.aliases());
        return true;
    }

    /** Every term with its aliases, in sort order. */
    List<Term> findAll() {
        Map<Long, List<String>> aliases = new HashMap<>();
        db.sql("SELECT term_id, alias FROM term_alias ORDER BY term_id, sort_order, alias")
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getLong("term_id"), id -> new ArrayList<>())
                            .add(rs.getString("alias"));
                });
        return db.sql("SELECT " + COLUMNS + " FROM term ORDER BY sort_order, id")
                .query((rs, n) -> map(rs, aliases.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    void insertChairpersonship(int year, long countryId) {
        db.sql("INSERT INTO chairpersonship (held_in, country_id) VALUES (:year, :countryId)")
                .param("year", year)
                .param("countryId", countryId)
                .update();
    }

    /** The country term id of each year's Chairpersonship, by year. */
    Map<Integer, Long> chairpersonships() {
        Map<Integer, Long> byYear = new LinkedHashMap<>();
        db.sql("SELECT held_in, country_id FROM chairpersonship ORDER BY held_in")
                .query(rs -> {
                    byYear.put(rs.getInt("held_in"), rs.getLong("country_id"));
                });
        return byYear;
    }

    private void insertAliases(long termId, List<String> aliases) {
        for (int i = 0; i < aliases.size(); i++) {
            db.sql("INSERT INTO term_alias (term_id, alias, sort_order) VALUES (:termId, :alias, :sortOrder)")
                    .param("termId", termId)
                    .param("alias", aliases.get(i))
                    .param("sortOrder", i)
                    .update();
        }
    }

    private static Map<String, Object> columns(Term term) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("vocabulary", term.vocabulary().name());
        columns.put("slug", term.slug().value());
        columns.put("name", term.name());
        columns.put("shortName", term.shortName());
        columns.put("parentId", term.parentId());
        columns.put("code", term.code());
        columns.put("validFrom", term.validFrom());
        columns.put("validUntil", term.validUntil());
        columns.put("sortOrder", term.sortOrder());
        columns.put("retired", term.retired());
        return columns;
    }

    private static Term map(ResultSet rs, List<String> aliases) throws SQLException {
        return new Term(
                rs.getLong("id"),
                Vocabulary.valueOf(rs.getString("vocabulary")),
                new Slug(rs.getString("slug")),
                rs.getString("name"),
                rs.getString("short_name"),
                rs.getObject("parent_id", Long.class),
                aliases,
                rs.getString("code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getInt("sort_order"),
                rs.getBoolean("retired"));
    }
}
