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

    public static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        if ("./data".equals(environment.getProperty("dateline.data-dir"))) {
            properties.put("dateline.data-dir", newDataDirectory().toString());
        }
        if (usesPostgres() && environment.getProperty("spring.datasource.url") == null) {
            properties.put("spring.datasource.url", createPostgresDatabase());
            properties.put("spring.datasource.username", "postgres");
            // The suite keeps many contexts alive at once; with Hikari's 10 connections each it runs the shared
            // server out of connections.
            properties.put("spring.datasource.hikari.maximum-pool-size", "3");
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

    /** Creates an empty PostgreSQL database, dropped at JVM exit, and returns its JDBC URL. */
    public static String createPostgresDatabase() {
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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropPostgresDatabase(name)));
        return "jdbc:postgresql://127.0.0.1:5432/" + name;
    }

    private static void dropPostgresDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
