package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.TestDatabaseEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dateline compact} with no server running; the refusal under a server is in ServerImportIntegrationTests. */
class CompactCommandIntegrationTests {

    @TempDir
    Path dataDir;

    private String postgresUrl;

    @Test
    void compactsTheEmbeddedDatabaseWhateverItsSizeAndKeepsEveryItem() {
        String items =
                CommandRun.of("", "generate", "--items", "50", "--seed", "3").out();
        CommandRun imported = CommandRun.of(items, args("import", "-"));

        CommandRun compact = CommandRun.of("", args("compact"));
        CommandRun again = CommandRun.of(items, args("import", "-"));

        assertThat(imported.out()).startsWith("Imported into the database: 50 created");
        assertThat(compact.exitCode()).isZero();
        if (TestDatabaseEnvironment.usesPostgres()) {
            assertThat(compact.out()).isEqualTo("The database is not an embedded H2 file: nothing to compact.\n");
        } else {
            assertThat(compact.err()).matches("Compacting the database: [0-9,]+ MB, \\d+% of it in use\\.\n");
            assertThat(compact.out())
                    .matches("Compacted the database from [0-9,]+ MB to [0-9,]+ MB in \\d+\\.\\d s\\.\n");
        }
        assertThat(again.out()).startsWith("Imported into the database: 0 created, 0 updated, 50 unchanged, 0 failed.");
    }

    @Test
    void explainsItselfWithHelp() {
        CommandRun help = CommandRun.of("", "compact", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: dateline compact").contains("no server running");
    }

    private String[] args(String... commandArgs) {
        List<String> args = new ArrayList<>(List.of(commandArgs));
        args.add("--dateline.data-dir=" + dataDir);
        if (TestDatabaseEnvironment.usesPostgres()) {
            if (postgresUrl == null) {
                postgresUrl = TestDatabaseEnvironment.createPostgresDatabase();
            }
            args.add("--spring.datasource.url=" + postgresUrl);
            args.add("--spring.datasource.username=postgres");
        }
        return args.toArray(String[]::new);
    }
}
