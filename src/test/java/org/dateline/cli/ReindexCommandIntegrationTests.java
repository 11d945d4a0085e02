package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.TestDatabaseEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dateline reindex} with no server running: it rebuilds the data directory's index itself. */
class ReindexCommandIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void rebuildsTheIndexFromTheDatabaseAfterItWasLost() throws IOException {
        List<String> settings = new ArrayList<>(List.of("--dateline.data-dir=" + dataDir));
        if (TestDatabaseEnvironment.usesPostgres()) {
            // Both commands must open the same database, not one each.
            settings.add("--spring.datasource.url=" + TestDatabaseEnvironment.createPostgresDatabase());
            settings.add("--spring.datasource.username=postgres");
        }
        CommandRun imported = CommandRun.of(
                "", command(settings, "import", ImportCommandIntegrationTests.IMPORT + "/press-release.txt"));
        assertThat(imported.exitCode()).isZero();
        deleteRecursively(dataDir.resolve("index"));

        CommandRun reindex = CommandRun.of("", command(settings, "reindex"));

        assertThat(reindex.exitCode()).isZero();
        assertThat(reindex.out()).startsWith("Rebuilt the search index: 1 items in ");
        assertThat(dataDir.resolve("index")).isDirectory();
    }

    @Test
    void explainsItselfWithHelp() {
        CommandRun help = CommandRun.of("", "reindex", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Rebuilds the search index from the database");
    }

    private static String[] command(List<String> settings, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(settings);
        return all.toArray(String[]::new);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
