package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.cli.DatelineCommandLine.CommandContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code ./dateline compact}: rewrites the embedded database into a file of its live pages, whatever its size and
 * share of dead pages (an import compacts by itself only a file mostly dead; imports through a server never). H2
 * compacts only a closed database, so a running server must be stopped first.
 */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = "Compacts the embedded database's file (with no server running on the data directory).",
        footer = {"", DatelineCommandLine.SETTINGS_HELP})
final class CompactCommand implements Callable<Integer> {

    private final CommandContext context;

    CompactCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path dataDir = DataDirectory.of(context.settings());
        if (ServerImport.find(dataDir).isPresent()) {
            context.err()
                    .println("A server runs on " + dataDir + ": stop it first (H2 compacts only a closed database).");
            return 1;
        }
        Optional<DatabaseCompaction> compaction;
        // Opening the context migrates the database as a server would; the index is left alone.
        try (ConfigurableApplicationContext app =
                QuietContext.open(context.application(), context.settings(), QuietContext.WITHOUT_INDEX_CATCH_UP)) {
            compaction = DatabaseCompaction.of(app);
        }
        if (compaction.isEmpty()) {
            context.out().println("The database is not an embedded H2 file: nothing to compact.");
            return 0;
        }
        try {
            context.out()
                    .println(compaction.get().compact(context.err()::println).describe());
            return 0;
        } catch (SQLException | IOException e) {
            context.err().println("Could not compact the database (it is unchanged): " + e.getMessage());
            return 1;
        }
    }
}
