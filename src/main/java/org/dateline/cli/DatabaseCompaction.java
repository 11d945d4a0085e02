package org.dateline.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * Rewrites the embedded H2 database into a file of its live pages alone, once it is closed. H2 never writes a page in
 * place: every change writes the pages it touched into a new chunk, freed only when none of its pages is live, and an
 * import touches a leaf of each of the forty-odd index entries of an item, so after a bulk import two thirds of the
 * file are pages written over since (100,000 items: 4.6 GB, 393 MB compacted, which also compresses the pages; a
 * million: 38 GB and 3.9 GB). The operating system then caches dead pages instead of live ones. H2 compacts a database
 * only while closing it ({@code SHUTDOWN COMPACT}: into a new file, then swapped in, so a crash leaves the old one
 * whole). PostgreSQL and in-memory databases are left alone.
 */
final class DatabaseCompaction {

    /** Files smaller than this are not worth the wait, whatever their share of dead pages. */
    static final String THRESHOLD_SETTING = "dateline.database.compact-above";

    static final DataSize DEFAULT_THRESHOLD = DataSize.ofMegabytes(64);

    /** A file is compacted when less than this share of it (in percent) holds live pages. */
    static final String LIVE_SHARE_SETTING = "dateline.database.compact-when-live-below";

    static final int DEFAULT_LIVE_SHARE = 50;

    private static final String H2_FILE = "jdbc:h2:file:";

    private final String url;
    private final String username;
    private final String password;
    private final long thresholdBytes;
    private final int liveShareBelow;

    private DatabaseCompaction(String url, String username, String password, long thresholdBytes, int liveShareBelow) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.thresholdBytes = thresholdBytes;
        this.liveShareBelow = liveShareBelow;
    }

    /**
     * The compaction of the context's database, with the settings its pool connects with (Spring Boot defaults the
     * user name of an H2 URL given without one), read before the context closes.
     */
    static Optional<DatabaseCompaction> of(ConfigurableApplicationContext context) {
        if (!(context.getBean(DataSource.class) instanceof HikariDataSource pool)) {
            return Optional.empty();
        }
        Binder settings = Binder.get(context.getEnvironment());
        return of(
                pool.getJdbcUrl(),
                pool.getUsername(),
                pool.getPassword(),
                settings.bind(THRESHOLD_SETTING, DataSize.class).orElse(DEFAULT_THRESHOLD),
                settings.bind(LIVE_SHARE_SETTING, Integer.class).orElse(DEFAULT_LIVE_SHARE));
    }

    static Optional<DatabaseCompaction> of(
            String url, String username, String password, DataSize threshold, int liveShareBelow) {
        if (url == null || !url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseCompaction(url, username, password, threshold.toBytes(), liveShareBelow));
    }

    /** What a compaction did: the file's size before and after, and how long it took. */
    record Compacted(long bytesBefore, long bytesAfter, double seconds) {

        String describe() {
            return "Compacted the database from %s to %s in %.1f s."
                    .formatted(megabytes(bytesBefore), megabytes(bytesAfter), seconds);
        }
    }

    /**
     * Compacts the closed database when its file is over the size threshold and under the live share.
     *
     * @param announce told the file's size and live share before a compaction starts, which can take minutes
     */
    Optional<Compacted> compactIfWasteful(Consumer<String> announce) throws SQLException, IOException {
        Path file = file();
        if (!Files.isRegularFile(file) || Files.size(file) < thresholdBytes) {
            return Optional.empty();
        }
        return compact(file, announce, livePercent -> livePercent < liveShareBelow);
    }

    /** Compacts the closed database whatever its size and live share. */
    Compacted compact(Consumer<String> announce) throws SQLException, IOException {
        return compact(file(), announce, livePercent -> true).orElseThrow();
    }

    private Optional<Compacted> compact(Path file, Consumer<String> announce, IntPredicate worthIt)
            throws SQLException, IOException {
        long before = Files.size(file);
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            int livePercent = livePercent(statement);
            if (!worthIt.test(livePercent)) {
                return Optional.empty();
            }
            announce.accept(
                    "Compacting the database: %s, %d%% of it in use.".formatted(megabytes(before), livePercent));
            statement.execute("SHUTDOWN COMPACT");
        }
        return Optional.of(new Compacted(before, Files.size(file), (System.nanoTime() - started) / 1e9));
    }

    /**
     * The share of the file in live pages: H2 tells how full the file is with chunks and how full the chunks are
     * with live pages.
     */
    private static int livePercent(Statement statement) throws SQLException {
        Map<String, Integer> rates = new HashMap<>();
        try (ResultSet settings = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE"
                + " FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (settings.next()) {
                rates.put(
                        settings.getString(1),
                        Integer.parseInt(settings.getString(2).strip()));
            }
        }
        return rates.getOrDefault("info.FILL_RATE", 100) * rates.getOrDefault("info.CHUNKS_FILL_RATE", 100) / 100;
    }

    private static String megabytes(long bytes) {
        return "%,d MB".formatted(Math.round(bytes / 1_048_576.0));
    }

    Path file() {
        String path = url.substring(H2_FILE.length());
        int settings = path.indexOf(';');
        return Path.of((settings < 0 ? path : path.substring(0, settings)) + ".mv.db");
    }
}
