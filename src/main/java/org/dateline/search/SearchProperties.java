package org.dateline.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module ({@code dateline.search.*}).
 *
 * @param indexDir where the index lives; {@code ${dateline.data-dir}/index} unless set
 * @param catchUpOnStart whether start-up compares the index with the database and brings an empty or stale
 *     index up to date by itself (in the background; search answers meanwhile)
 */
@ConfigurationProperties("dateline.search")
record SearchProperties(Path indexDir, @DefaultValue("true") boolean catchUpOnStart) {}
