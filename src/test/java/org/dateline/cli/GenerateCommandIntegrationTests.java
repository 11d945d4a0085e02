package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.TestDatabaseEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dateline generate}: its items import cleanly, every term found in the vocabulary. */
class GenerateCommandIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void generatedItemsImportWithoutFailuresOrWarnings() {
        CommandRun generated = CommandRun.of("", "generate", "--items", "150", "--seed", "11");
        assertThat(generated.exitCode()).isZero();
        assertThat(generated.out().lines()).hasSize(150);

        CommandRun imported = CommandRun.of(generated.out(), args("import", "--format", "ndjson", "-"));

        assertThat(imported.err()).isEmpty();
        assertThat(imported.out())
                .isEqualTo("Imported into the database: 150 created, 0 updated, 0 unchanged, 0 failed.\n");
        assertThat(imported.exitCode()).isZero();
    }

    @Test
    void refusesANegativeCount() {
        CommandRun run = CommandRun.of("", "generate", "--items", "-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--items must not be negative\n");
    }

    private String[] args(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--dateline.data-dir=" + dataDir);
        if (TestDatabaseEnvironment.usesPostgres()) {
            args.add("--spring.datasource.url=" + TestDatabaseEnvironment.createPostgresDatabase());
            args.add("--spring.datasource.username=postgres");
        }
        return args.toArray(String[]::new);
    }
}
