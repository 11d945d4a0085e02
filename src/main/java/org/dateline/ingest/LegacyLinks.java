package org.dateline.ingest;

import java.util.Optional;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the paths of the legacy site lead now: each imported item's legacy path to its canonical path. */
@Service
@Transactional(readOnly = true)
public class LegacyLinks {

    private final ImportedItems imported;
    private final ContentCatalog catalog;

    LegacyLinks(ImportedItems imported, ContentCatalog catalog) {
        this.imported = imported;
        this.catalog = catalog;
    }

    /** The canonical path of the published item imported from the legacy path, e.g. {@code /eea/48017}. */
    public Optional<String> canonicalPathOf(String legacyPath) {
        return imported.itemAt(legacyPath)
                .flatMap(catalog::findById)
                .filter(ContentItem::isPublished)
                .map(ContentItem::path);
    }
}
