package org.dateline.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module ({@code dateline.search.*}).
 *
 * @param indexDir where the index lives; {@code ${dateline.data-dir}/index} unless set
 * @param catchUpOnStart whether start-up compares the index with the database and brings an empty or stale
 *     index up to date by itself (in the background; search answers meanwhile)
 * @param commitInterval how often at most the index commits its changes to disk (they are searchable within
 *     a second anyway); what a crash loses of it, start-up replays from the database
 * @param searchWhileWriting whether changes become searchable while they are written, as a server needs; a
 *     command-line import, which nobody searches, leaves them to the next process, sparing the flushes
 * @param minSliceDocs the fewest documents a search hands to another thread: an index of more than twice as many
 *     is searched in slices at once, one per core at most, so that one costly search uses every idle core
 * @param stopWait how long a stopping process waits for the indexer to write the changes queued for it; what is
 *     still queued then is left for the next start to replay from the database
 */
@ConfigurationProperties("dateline.search")
record SearchProperties(
        Path indexDir,
        @DefaultValue("true") boolean catchUpOnStart,
        @DefaultValue("1s") Duration commitInterval,
        @DefaultValue("true") boolean searchWhileWriting,

        @DefaultValue(SearchProperties.DEFAULT_MIN_SLICE_DOCS)
        int minSliceDocs,

        @DefaultValue("2m") Duration stopWait) {

    // A string, as the annotation needs; the index made without properties (tests, benchmarks) reads it too.
    static final String DEFAULT_MIN_SLICE_DOCS = "100000";
}
