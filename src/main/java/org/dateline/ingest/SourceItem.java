package org.dateline.ingest;

/**
 * One item read from an import source, or why none could be read: {@code file} as given (or {@code -} for standard
 * input), {@code line} the line of an NDJSON file (0 for a page file), and either the {@code record} or the
 * {@code error}.
 */
public record SourceItem(String file, int line, ItemRecord record, String error) {

    static SourceItem read(String file, int line, ItemRecord record) {
        return new SourceItem(file, line, record, null);
    }

    static SourceItem failed(String file, int line, String error) {
        return new SourceItem(file, line, null, error);
    }

    /** Where the item comes from, as messages name it: {@code items.ndjson:12} or {@code page.txt}. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
