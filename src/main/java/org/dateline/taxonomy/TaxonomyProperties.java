package org.dateline.taxonomy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the taxonomy module ({@code dateline.taxonomy.*}).
 *
 * @param vocabularyLocation the JSON file loaded into an empty database on first start; another
 *     organization ships its own file (format: {@code classpath:vocabulary/osce.json})
 */
@ConfigurationProperties("dateline.taxonomy")
record TaxonomyProperties(
        @DefaultValue("classpath:vocabulary/osce.json") Resource vocabularyLocation) {}
