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
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class DatabaseCompactionTests {

    @TempDir
    Path dir;

    @Test
    void aFileOfMostlyDeadPagesIsRewrittenSmallerWithEveryRowKept() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        // H2 compacts a little as it writes and for up to 200 ms as it closes, which is all a file this small needs.
        String closedUncompacted = url + ";MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";
        writeAndDeleteMost(closedUncompacted, 3_000);
        String before = contents(closedUncompacted);
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
        assertThat(contents(url)).isEqualTo(before);
        assertThat(compaction(url, "0B").compactIfWasteful(announced::add))
                .as("a compacted file is all live pages")
                .isEmpty();
        assertThat(announced).hasSize(1);
    }

    @Test
    void aFileUnderTheThresholdIsLeftAsItIs() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        writeAndDeleteMost(url + ";MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0", 1_000);
        long bytes = Files.size(dir.resolve("db.mv.db"));

        assertThat(compaction(url, "64MB").compactIfWasteful(line -> {})).isEmpty();

        assertThat(Files.size(dir.resolve("db.mv.db"))).isEqualTo(bytes);
    }

    @Test
    void onlyAnEmbeddedH2FileIsCompacted() {
        DataSize any = DataSize.ofBytes(0);
        assertThat(DatabaseCompaction.of("jdbc:postgresql://127.0.0.1:5432/dateline", "postgres", null, any))
                .isEmpty();
        assertThat(DatabaseCompaction.of("jdbc:h2:mem:x", "sa", "", any)).isEmpty();
        assertThat(DatabaseCompaction.of("jdbc:h2:file:/srv/data/db/dateline;QUERY_CACHE_SIZE=64", "sa", "", any)
                        .orElseThrow()
                        .file())
                .isEqualTo(Path.of("/srv/data/db/dateline.mv.db"));
    }

    private static DatabaseCompaction compaction(String url, String threshold) {
        return DatabaseCompaction.of(url, "sa", "", DataSize.parse(threshold)).orElseThrow();
    }

    /** Rows under random keys, each written in a transaction of its own, then three of every four deleted. */
    private static void writeAndDeleteMost(String url, int rows) throws SQLException {
        Random random = new Random(7);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "CREATE TABLE t (id UUID PRIMARY KEY, k VARCHAR(40) NOT NULL, body VARCHAR NOT NULL)");
                statement.execute("CREATE INDEX t_k ON t (k)");
            }
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    ids.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, Long.toString(random.nextLong(), 36));
                    insert.setString(3, text(random, 2_000));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM t WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    if (i % 4 != 0) {
                        delete.setObject(1, ids.get(i));
                        delete.executeUpdate();
                    }
                }
            }
        }
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(7) == 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** Every row, in key order, with a digest of its text. */
    private static String contents(String url) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, k, body FROM t ORDER BY id")) {
            while (result.next()) {
                rows.append(result.getString(1))
                        .append(' ')
                        .append(result.getString(2))
                        .append(' ')
                        .append(result.getString(3).hashCode())
                        .append('\n');
            }
        }
        return rows.toString();
    }
}
