package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class DatabaseCompactionTests {

    @TempDir
    Path dir;

    @Test
    void aFileOfMostlyDeadPagesIsRewrittenSmallerWithEveryRowKept() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE" + KEEP_THEM;
        leaveDeadPages(url, "sa", 20);
        String before = contents(url);
        long bytesBefore = Files.size(dir.resolve("db.mv.db"));
        List<String> announced = new ArrayList<>();

        var compacted = compaction(url, "0B").compactIfWasteful(announced::add);

        assertThat(compacted).isPresent();
        assertThat(compacted.get().bytesBefore()).isEqualTo(bytesBefore);
        assertThat(compacted.get().bytesAfter())
                .isEqualTo(Files.size(dir.resolve("db.mv.db")))
                .isLessThan(bytesBefore / 2);
        assertThat(compacted.get().describe())
                .matches("Compacted the database from [0-9,]+ MB to [0-9,]+ MB in \\d+\\.\\d s\\.");
        assertThat(announced)
                .singleElement()
                .asString()
                .matches("Compacting the database: [0-9,]+ MB, [1-4]?\\d% of it in use\\.");
        assertThat(contents(url)).isEqualTo(before).contains("\n1 ").contains("\n1000 ");
        assertThat(compaction(url, "0B").compactIfWasteful(announced::add))
                .as("a compacted file is all live pages")
                .isEmpty();
        assertThat(announced).hasSize(1);
    }

    @Test
    void aFileUnderTheThresholdIsLeftAsItIs() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE" + KEEP_THEM;
        leaveDeadPages(url, "sa", 20);
        long bytes = Files.size(dir.resolve("db.mv.db"));

        assertThat(compaction(url, "64MB").compactIfWasteful(line -> {})).isEmpty();

        assertThat(Files.size(dir.resolve("db.mv.db"))).isEqualTo(bytes);
    }

    @Test
    void onlyAnEmbeddedH2FileIsCompacted() {
        DataSize any = DataSize.ofBytes(0);
        assertThat(DatabaseCompaction.of("jdbc:postgresql://127.0.0.1:5432/dateline", "postgres", null, any, 50))
                .isEmpty();
        assertThat(DatabaseCompaction.of("jdbc:h2:mem:x", "sa", "", any, 50)).isEmpty();
        assertThat(DatabaseCompaction.of("jdbc:h2:file:/srv/data/db/dateline;QUERY_CACHE_SIZE=64", "sa", "", any, 50)
                        .orElseThrow()
                        .file())
                .isEqualTo(Path.of("/srv/data/db/dateline.mv.db"));
    }

    private static DatabaseCompaction compaction(String url, String threshold) {
        return DatabaseCompaction.of(url, "sa", "", DataSize.parse(threshold), DatabaseCompaction.DEFAULT_LIVE_SHARE)
                .orElseThrow();
    }

    /**
     * Settings for a URL: H2 reclaims no dead pages. Left to itself it would reclaim a small file's dead pages as it
     * writes, opens and closes.
     */
    private static final String KEEP_THEM = ";MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";

    /**
     * Leaves an H2 file mostly dead pages, the way a long import does, but at once: each checkpoint writes a chunk
     * with pages of two tables, and the larger table's rows are then deleted.
     *
     * @param url a URL with {@link #KEEP_THEM}
     */
    private static void leaveDeadPages(String url, String user, int rounds) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS kept (id BIGINT PRIMARY KEY, body VARCHAR NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS dropped (id BIGINT PRIMARY KEY, body VARCHAR NOT NULL)");
            try (PreparedStatement kept = connection.prepareStatement("INSERT INTO kept VALUES (?, ?)");
                    PreparedStatement dropped = connection.prepareStatement("INSERT INTO dropped VALUES (?, ?)")) {
                long id = 0;
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < 50; i++) {
                        id++;
                        kept.setLong(1, id);
                        kept.setString(2, ("k" + id).repeat(200));
                        kept.executeUpdate();
                        dropped.setLong(1, id);
                        dropped.setString(2, ("d" + id).repeat(600));
                        dropped.executeUpdate();
                    }
                    statement.execute("CHECKPOINT");
                }
            }
            statement.execute("DELETE FROM dropped");
            statement.execute("CHECKPOINT");
        }
    }

    /** Every row kept, in key order, with a digest of its text. */
    private static String contents(String url) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, body FROM kept ORDER BY id")) {
            while (result.next()) {
                rows.append('\n')
                        .append(result.getLong(1))
                        .append(' ')
                        .append(result.getString(2).hashCode());
            }
        }
        return rows.toString();
    }
}
