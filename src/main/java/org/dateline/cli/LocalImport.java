package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.Importer;
import org.dateline.ingest.ItemRecord;
import org.dateline.search.SearchIndex;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports in this process: opens the database of the data directory in a {@link QuietContext}, keeps the import
 * within a few seconds of the search index, and compacts an embedded database that the import left mostly dead pages
 * once the context has closed it (see {@link DatabaseCompaction}).
 */
final class LocalImport implements ImportTarget {

    private final ConfigurableApplicationContext context;
    private final Importer importer;
    private final SearchIndex searchIndex;
    private final Optional<DatabaseCompaction> compaction;
    private final PrintStream messages;

    /**
     * @param compact whether to compact the database afterwards (not for a dry run, which promises to write nothing)
     * @param messages where to say that the database is being compacted, and what that did
     */
    LocalImport(Class<?> application, List<String> settings, boolean compact, PrintStream messages) {
        // Nobody searches this process's index: never refreshed, it is committed every 30 s and at the end.
        context = QuietContext.open(
                application,
                settings,
                Map.of("dateline.search.search-while-writing", "false", "dateline.search.commit-interval", "30s"));
        importer = context.getBean(Importer.class);
        searchIndex = context.getBean(SearchIndex.class);
        compaction = compact ? DatabaseCompaction.of(context) : Optional.empty();
        this.messages = messages;
    }

    @Override
    public List<ImportResult> importItems(List<ItemRecord> records, ImportOptions options) {
        List<ImportResult> results = importer.importItems(records, options);
        searchIndex.awaitBacklog();
        return results;
    }

    @Override
    public String description() {
        return "the database";
    }

    @Override
    public void close() {
        context.close();
        if (compaction.isEmpty()) {
            return;
        }
        try {
            compaction.get().compactIfWasteful(messages::println).ifPresent(done -> messages.println(done.describe()));
        } catch (SQLException | IOException e) {
            // The items are in the database either way: H2 compacts into a new file and swaps it in only when done.
            messages.println("Could not compact the database (the import is complete): " + e.getMessage());
        }
    }
}
