package org.dateline.ingest;

/**
 * The caller's {@link ImportPermission} refused to let an item be written (for instance: it belongs to a structure
 * the caller may not write for). Unlike a bad item, this is not reported in a result but thrown to the caller.
 */
public class ImportRefused extends RuntimeException {

    public ImportRefused(String message) {
        super(message);
    }
}
