package org.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring context of the test suite a data directory and a database of its own: an H2 file
 * in a fresh temporary directory by default, or a fresh PostgreSQL database on 127.0.0.1:5432 when the
 * build runs with {@code -Ddateline.test.database=postgres} (CI does both). Databases are dropped
 * when the JVM exits.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/";

    public static final String POSTGRES_ADMIN_URL = POSTGRES_URL + "postgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        if ("./data".equals(environment.getProperty("dateline.data-dir"))) {
            properties.put("dateline.data-dir", newDataDirectory().toString());
        }
        // Tests write the items they assert on; the sample archive is for people (SampleContent's test asks for it).
        if (environment.getProperty("dateline.ingest.sample-content") == null) {
            properties.put("dateline.ingest.sample-content", "false");
        }
        if (usesPostgres() && environment.getProperty("spring.datasource.url") == null) {
            String name = newPostgresDatabase();
            // Dropped as the context's last act, after its pool has closed. Dropped from a JVM shutdown hook instead,
            // it went while contexts were still closing: their scheduler asked a pool for a connection to a database
            // that was gone, and the JVM hung until Surefire killed it 30 s later.
            application.addInitializers(context -> ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("dropTestDatabase", () -> dropPostgresDatabase(name)));
            properties.put("spring.datasource.url", POSTGRES_URL + name);
            properties.put("spring.datasource.username", "postgres");
            // The suite keeps many contexts cached, each with its own pool: small pools stay under the
            // server's connection limit.
            properties.put("spring.datasource.hikari.maximum-pool-size", "4");
            properties.put("spring.datasource.hikari.minimum-idle", "1");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("datelineTestDatabase", properties));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    public static boolean usesPostgres() {
        return "postgres"
                .equals(System.getProperty("dateline.test.database", "h2").toLowerCase(Locale.ROOT));
    }

    public static Path newDataDirectory() {
        try {
            Path dir = Files.createTempDirectory("dateline-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates an empty PostgreSQL database, dropped at JVM exit, and returns its JDBC URL: for a test that runs
     * commands, whose contexts have all closed by then.
     */
    public static String createPostgresDatabase() {
        String name = newPostgresDatabase();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropPostgresDatabase(name)));
        return POSTGRES_URL + name;
    }

    private static String newPostgresDatabase() {
        String name =
                "dateline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The PostgreSQL run of the suite needs a server at 127.0.0.1:5432 (user postgres): "
                            + e.getMessage(),
                    e);
        }
        return name;
    }

    private static void dropPostgresDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
