package org.dateline.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Term;
import org.springframework.stereotype.Service;

/**
 * Writes the published items a search matches, newest first, as NDJSON (the import's item format, so that an export
 * imports back as the same items) or CSV. Streams: ids come from the index a batch at a time, each batch is loaded
 * from the database, written and flushed, so memory stays constant from one item to the whole archive. The whole
 * archive (a search without text, filters or dates) comes straight from the database in keyset pages, in id order.
 */
@Service
public class ItemExport {

    /** The CSV columns, in order. Terms are display names; several are joined with {@link #TERM_SEPARATOR}. */
    public static final List<String> CSV_COLUMNS = List.of(
            "id",
            "type",
            "language",
            "date",
            "time",
            "timezone",
            "title",
            "summary",
            "dateline",
            "place",
            "source",
            "fields_of_work",
            "countries",
            "meeting_type",
            "url",
            "legacy_url",
            "published_at",
            "updated_at",
            "body");

    public static final String TERM_SEPARATOR = "|";

    static final int BATCH = 500;

    private final SearchIndex index;
    private final ContentCatalog catalog;
    private final Taxonomy taxonomy;
    private final ItemNdjson ndjson = new ItemNdjson();

    ItemExport(SearchIndex index, ContentCatalog catalog, Taxonomy taxonomy) {
        this.index = index;
        this.catalog = catalog;
        this.taxonomy = taxonomy;
    }

    /** Writes the items the query matches to {@code out} (left open) and returns how many it wrote. */
    public long write(SearchQuery query, ExportFormat format, OutputStream out) throws IOException {
        return write(query, format, out, written -> {});
    }

    /** As {@link #write(SearchQuery, ExportFormat, OutputStream)}, telling {@code progress} the count after each batch. */
    public long write(SearchQuery query, ExportFormat format, OutputStream out, LongConsumer progress)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long[] written = {0};
        if (format == ExportFormat.CSV) {
            writer.write(csvRow(CSV_COLUMNS));
        }
        Consumer<List<ContentItem>> batchWriter = items -> {
            try {
                for (ContentItem item : items) {
                    if (format == ExportFormat.CSV) {
                        writer.write(csvRow(csvValues(item)));
                    } else {
                        writer.write(ndjson.write(item, taxonomy));
                        writer.write('\n');
                    }
                    written[0]++;
                }
                // Each batch reaches the reader as it is written: a long export shows progress and holds no backlog.
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.accept(written[0]);
        };
        try {
            if (isWholeArchive(query)) {
                // Straight from the database, which is the archive itself, whatever state the index is in.
                // Keyset pages in id order, on the primary key: each page costs the same, however deep.
                List<ContentItem> batch = catalog.itemsAfter(null, BATCH);
                while (!batch.isEmpty()) {
                    batchWriter.accept(
                            batch.stream().filter(ContentItem::isPublished).toList());
                    batch = batch.size() < BATCH
                            ? List.of()
                            : catalog.itemsAfter(batch.get(batch.size() - 1).id(), BATCH);
                }
            } else {
                index.forEachMatch(query, BATCH, ids -> batchWriter.accept(catalog.findPublishedByIds(ids)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        return written[0];
    }

    private static boolean isWholeArchive(SearchQuery query) {
        return !query.hasText()
                && query.filters().isEmpty()
                && query.scope().isEmpty()
                && query.from() == null
                && query.until() == null;
    }

    private List<String> csvValues(ContentItem item) {
        return Arrays.asList(
                item.id().toString(),
                item.type().code(),
                item.language(),
                item.date().toString(),
                item.time() == null ? null : item.time().toString(),
                item.zone() == null ? null : item.zone().getId(),
                item.title(),
                item.summary(),
                item.dateline(),
                item.place(),
                name(item.sourceId()),
                names(item.fieldOfWorkIds()),
                names(item.countryIds()),
                name(item.meetingTypeId()),
                item.path(),
                item.legacyUrl(),
                item.publishedAt() == null ? null : item.publishedAt().toString(),
                item.updatedAt() == null ? null : item.updatedAt().toString(),
                item.body());
    }

    private String name(Long termId) {
        return termId == null ? null : taxonomy.byId(termId).map(Term::name).orElse(null);
    }

    private String names(List<Long> termIds) {
        return termIds.stream().map(this::name).filter(Objects::nonNull).collect(Collectors.joining(TERM_SEPARATOR));
    }

    /**
     * One RFC 4180 record with its CRLF: a value holding a comma, a double quote, a line break or leading or trailing
     * space is quoted, with its double quotes doubled; null is an empty field.
     */
    static String csvRow(List<String> values) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            String value = values.get(i);
            if (value == null) {
                continue;
            }
            boolean quoted = value.indexOf(',') >= 0
                    || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0
                    || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
            if (quoted) {
                row.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                row.append(value);
            }
        }
        return row.append("\r\n").toString();
    }
}
