package org.dateline.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.Importer;
import org.dateline.ingest.ItemRecord;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports in this process: opens the database of the data directory in a Spring context without a web server,
 * quietly (no banner, warnings only), with no sample content (an archive being imported is no place for it).
 */
final class LocalImport implements ImportTarget {

    private final ConfigurableApplicationContext context;
    private final Importer importer;

    LocalImport(Class<?> application, List<String> settings) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("logging.level.root", "WARN");
        defaults.put("logging.level.org.flywaydb", "ERROR");
        defaults.put("dateline.ingest.sample-content", "false");
        context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(defaults)
                .run(settings.toArray(String[]::new));
        importer = context.getBean(Importer.class);
    }

    @Override
    public List<ImportResult> importItems(List<ItemRecord> records, ImportOptions options) {
        return records.stream()
                .map(record -> importer.importItem(record, options))
                .toList();
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
