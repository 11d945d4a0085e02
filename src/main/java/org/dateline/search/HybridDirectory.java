package org.dateline.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * An index directory that maps every file but the stored fields and the cards ({@link CardsFormat}), which it reads
 * with positioned reads. Once read, the pages of a mapped file count towards the process's resident memory, and these
 * are the largest files of the index, of which a search reads only its top hits' parts (their snippets and cards):
 * read through the page cache, they no longer make the process look larger than it is. Elasticsearch's default store
 * splits files the same way. Positions and offsets, which phrase queries and every snippet read, and the other doc
 * values (facet values, dates), stay mapped.
 */
final class HybridDirectory extends FilterDirectory {

    /** Extensions of the files read with positioned reads, beside the cards' files. */
    static final Set<String> READ_THROUGH = Set.of("fdt");

    private final NIOFSDirectory readThrough;

    HybridDirectory(Path path) throws IOException {
        super(new MMapDirectory(path));
        this.readThrough = new NIOFSDirectory(path);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        return readThrough(name) ? readThrough.openInput(name, context) : in.openInput(name, context);
    }

    static boolean readThrough(String name) {
        String extension = IndexFileNames.getExtension(name);
        return extension != null && READ_THROUGH.contains(extension) || CardsFormat.holdsCards(name);
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(in, readThrough);
    }
}
