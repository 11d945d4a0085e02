package org.dateline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dateline.content.ContentCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports the sample items through the {@link Importer} when the application is ready with no items at all and
 * {@code dateline.ingest.sample-content} is on, so that a first start shows a site with content.
 */
@Component
class SampleContent {

    private static final Logger log = LoggerFactory.getLogger(SampleContent.class);

    private final Importer importer;
    private final ContentCatalog catalog;
    private final IngestProperties properties;
    private final ItemNdjson ndjson = new ItemNdjson();

    SampleContent(Importer importer, ContentCatalog catalog, IngestProperties properties) {
        this.importer = importer;
        this.catalog = catalog;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importIfEmpty() {
        if (!properties.sampleContent() || catalog.countAll() > 0) {
            return;
        }
        int imported = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(properties.sampleLocation().getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ImportResult result = importer.importItem(ndjson.read(line), ImportOptions.WRITE);
                if (result.failed()) {
                    throw new IllegalStateException("Sample item on line %d of %s failed: %s"
                            .formatted(number, properties.sampleLocation(), result.error()));
                }
                imported++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + properties.sampleLocation(), e);
        }
        log.info("Imported {} sample items from {}", imported, properties.sampleLocation());
    }
}
