package org.dateline.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.cli.DatelineCommandLine.CommandContext;
import org.dateline.search.SearchIndex;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code ./dateline reindex}: rebuilds the search index from the database beside the current one and swaps it
 * in, so search stays online. When a server runs on the data directory, the server does it (only one process may
 * write the index).
 */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the database; search keeps answering meanwhile.",
        footer = {"", DatelineCommandLine.SETTINGS_HELP})
final class ReindexCommand implements Callable<Integer> {

    private static final int WIDTH = 30;

    private final CommandContext context;

    ReindexCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path dataDir = DataDirectory.of(context.settings());
        long started = System.nanoTime();
        Optional<ServerImport> server = ServerImport.find(dataDir);
        if (server.isPresent()) {
            long items = server.get().reindex();
            context.out()
                    .printf(
                            "Rebuilt the search index of %s: %d items in %.1f s.%n",
                            server.get().description(), items, seconds(started));
            return 0;
        }
        // The start-up check would rebuild too: this command does it once, with progress.
        try (ConfigurableApplicationContext app =
                QuietContext.open(context.application(), context.settings(), QuietContext.WITHOUT_INDEX_CATCH_UP)) {
            SearchIndex index = app.getBean(SearchIndex.class);
            index.rebuild(this::drawProgress);
            if (context.progress()) {
                context.err().print("\r\033[K");
            }
            context.out().printf("Rebuilt the search index: %d items in %.1f s.%n", index.count(), seconds(started));
        }
        return 0;
    }

    private void drawProgress(long done, long total) {
        if (!context.progress() || (done % 500 != 0 && done != total)) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        context.err().printf("\r[%s%s] %d/%d items", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
        context.err().flush();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
