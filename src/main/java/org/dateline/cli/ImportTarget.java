package org.dateline.cli;

import java.util.List;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.ItemRecord;

/** Where an import's items go: the importer in this process, or the running server. */
interface ImportTarget extends AutoCloseable {

    /** The result of each record, in order. */
    List<ImportResult> importItems(List<ItemRecord> records, ImportOptions options);

    /** How the summary names the target. */
    String description();

    @Override
    void close();
}
