package org.dateline.cli;

import java.util.List;
import java.util.Map;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.Importer;
import org.dateline.ingest.ItemRecord;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports in this process: opens the database of the data directory in a {@link QuietContext}.
 */
final class LocalImport implements ImportTarget {

    private final ConfigurableApplicationContext context;
    private final Importer importer;

    LocalImport(Class<?> application, List<String> settings) {
        // Nobody searches this process's index: never refreshed, it is committed every 30 s and at the end.
        context = QuietContext.open(
                application,
                settings,
                Map.of("dateline.search.search-while-writing", "false", "dateline.search.commit-interval", "30s"));
        importer = context.getBean(Importer.class);
    }

    @Override
    public List<ImportResult> importItems(List<ItemRecord> records, ImportOptions options) {
        return importer.importItems(records, options);
    }

    @Override
    public String description() {
        return "the database";
    }

    @Override
    public void close() {
        context.close();
    }
}
