package org.dateline.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the ingest module ({@code dateline.ingest.*}).
 *
 * @param sampleContent import and publish the sample items when the application starts with no items at all
 * @param sampleLocation the NDJSON file of sample items
 */
@ConfigurationProperties("dateline.ingest")
record IngestProperties(
        @DefaultValue("true") boolean sampleContent,
        @DefaultValue("classpath:sample/items.ndjson") Resource sampleLocation) {}
