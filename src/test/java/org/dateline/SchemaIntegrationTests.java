package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrated schema, on H2 and PostgreSQL alike. */
@SpringBootTest
@AutoConfigureMockMvc
class SchemaIntegrationTests {

    @Autowired
    DataSource dataSource;

    /**
     * Every index is written on every insert: an ordinary index whose columns begin with all of another's is one
     * more write for look-ups the other answers. H2 makes its own index for each foreign key, of exactly the key's
     * columns, and keeps it even when a longer index begins with them (the back office's on content_item's
     * source_id, status, updated_at and id): such a key's index is the one pair let be, since only dropping the key
     * would remove it.
     */
    @Test
    void noOrdinaryIndexBeginsWithTheColumnsOfAnotherIndexOfItsTable() throws SQLException {
        List<String> repeated = new ArrayList<>();
        int tables = 0;
        Set<String> foreignKeysOwn = TestDatabaseEnvironment.usesPostgres()
                ? Set.of()
                : Set.copyOf(JdbcClient.create(dataSource)
                        .sql("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                                + " WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND INDEX_NAME IS NOT NULL")
                        .query(String.class)
                        .list());
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (String table : tables(metaData, connection.getSchema())) {
                tables++;
                Map<String, Index> indexes = indexes(metaData, connection.getSchema(), table);
                for (Index shorter : indexes.values()) {
                    for (Index longer : indexes.values()) {
                        if (shorter != longer
                                && !longer.unique()
                                && longer.columns().size() >= shorter.columns().size()
                                && longer.columns()
                                        .subList(0, shorter.columns().size())
                                        .equals(shorter.columns())
                                && !(foreignKeysOwn.contains(shorter.name())
                                        && longer.columns().size()
                                                > shorter.columns().size())) {
                            repeated.add(table + "." + longer.name() + " " + longer.columns() + " repeats "
                                    + shorter.name() + " " + shorter.columns());
                        }
                    }
                }
            }
        }
        assertThat(tables).as("tables seen").isGreaterThan(10);
        assertThat(repeated).isEmpty();
    }

    /** Bodies are most of what is written: compressed on H2's pages, and with lz4 rather than pglz on PostgreSQL. */
    @Test
    void compressesWhatIsStoredCheaply() throws SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        if (TestDatabaseEnvironment.usesPostgres()) {
            assertThat(jdbc.sql("""
                                    SELECT attrelid::regclass::text || '.' || attname || ' ' || attcompression::text
                                    FROM pg_attribute
                                    WHERE attname = 'body'
                                      AND attrelid IN ('content_item'::regclass, 'content_item_revision'::regclass)
                                    """).query(String.class).list())
                    .containsExactlyInAnyOrder("content_item.body l", "content_item_revision.body l");
        } else {
            assertThat(jdbc.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'COMPRESS'")
                            .query(String.class)
                            .single())
                    .isEqualTo("TRUE");
        }
    }

    private record Index(String name, boolean unique, List<String> columns) {}

    private static List<String> tables(DatabaseMetaData metaData, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metaData.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static Map<String, Index> indexes(DatabaseMetaData metaData, String schema, String table)
            throws SQLException {
        Map<String, Index> indexes = new TreeMap<>();
        try (ResultSet rows = metaData.getIndexInfo(null, schema, table, false, true)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name == null) {
                    continue; // table statistics, not an index
                }
                boolean unique = !rows.getBoolean("NON_UNIQUE");
                Index index = indexes.computeIfAbsent(name, key -> new Index(key, unique, new ArrayList<>()));
                int position = rows.getInt("ORDINAL_POSITION");
                while (index.columns().size() < position) {
                    index.columns().add(null);
                }
                index.columns().set(position - 1, rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return indexes;
    }
}
