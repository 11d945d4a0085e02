package org.dateline.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportPermission;
import org.dateline.ingest.ImportRefused;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.Importer;
import org.dateline.ingest.InvalidItemLine;
import org.dateline.ingest.ItemNdjson;
import org.dateline.ingest.ItemRecord;
import org.dateline.security.Account;
import org.dateline.security.ApiAccess;
import org.dateline.security.AuditLog;
import org.dateline.security.Permissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes items over HTTP for a machine holding an API token: one item as JSON ({@code POST /api/v1/items}) or many
 * as NDJSON ({@code POST /api/v1/items/bulk}), in the shape of the NDJSON import files and through the same
 * importer, so an item is created or updated by its legacy URL, else its id. The token's account decides as in the
 * back office, narrowed to the token's structures: editors write drafts and submit them for review, publishers also
 * publish. Without a {@code status} an item is a draft: nothing becomes public unless asked.
 */
@RestController
class ItemWriteController {

    static final String ITEMS = "/api/v1/items";
    static final String BULK = "/api/v1/items/bulk";
    private static final Set<ItemStatus> EDITOR_STATUSES = EnumSet.of(ItemStatus.DRAFT, ItemStatus.IN_REVIEW);
    private static final Set<ItemStatus> PUBLIC_STATUSES = EnumSet.of(ItemStatus.PUBLISHED, ItemStatus.SCHEDULED);

    private final Importer importer;
    private final ContentCatalog catalog;
    private final Permissions permissions;
    private final AuditLog audit;
    private final ItemNdjson ndjson = new ItemNdjson();
    private final long maxItemBytes;
    private final long maxBulkBytes;

    ItemWriteController(
            Importer importer,
            ContentCatalog catalog,
            Permissions permissions,
            AuditLog audit,
            @Value("${dateline.api.max-item-size:1MB}") DataSize maxItemSize,
            @Value("${dateline.api.max-bulk-size:100MB}") DataSize maxBulkSize) {
        this.importer = importer;
        this.catalog = catalog;
        this.permissions = permissions;
        this.audit = audit;
        this.maxItemBytes = maxItemSize.toBytes();
        this.maxBulkBytes = maxBulkSize.toBytes();
    }

    /** One item: 201 with its address when created, 200 when updated or unchanged (the body's {@code outcome}). */
    @PostMapping(ITEMS)
    ResponseEntity<?> write(@AuthenticationPrincipal ApiAccess access, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxItemBytes) {
            return tooLarge("An item may have at most " + maxItemBytes + " bytes", request);
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxItemBytes + 1));
        if (body.length > maxItemBytes) {
            return tooLarge("An item may have at most " + maxItemBytes + " bytes", request);
        }
        String json = new String(body, StandardCharsets.UTF_8);
        if (json.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "The request has no item: send one JSON object", request);
        }
        ItemRecord record;
        try {
            record = ndjson.read(json);
        } catch (InvalidItemLine invalid) {
            return problem(HttpStatus.BAD_REQUEST, "The item is not valid: " + invalid.getMessage(), request);
        }
        ImportResult result = write(access, record, request);
        if (result.failed()) {
            return problem(HttpStatus.BAD_REQUEST, "The item is not valid: " + result.error(), request);
        }
        ItemWriteResponse response = response(result);
        return result.outcome() == ImportResult.Outcome.CREATED
                ? ResponseEntity.created(URI.create(ITEMS + "/" + result.itemId()))
                        .body(response)
                : ResponseEntity.ok(response);
    }

    /**
     * Items as NDJSON, one a line, each written in a transaction of its own: a failing line leaves nothing behind and
     * the others go on. Answers a summary with every line's outcome.
     */
    @PostMapping(BULK)
    ResponseEntity<?> writeMany(@AuthenticationPrincipal ApiAccess access, HttpServletRequest request)
            throws IOException {
        if (!isNdjson(request.getContentType())) {
            return problem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the items as NDJSON, one JSON object a line, with Content-Type: application/x-ndjson",
                    request);
        }
        if (request.getContentLengthLong() > maxBulkBytes) {
            return tooLarge("A bulk request may have at most " + maxBulkBytes + " bytes", request);
        }
        List<ItemWriteLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new CappedInputStream(request.getInputStream(), maxBulkBytes), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    lines.add(writeLine(access, number, line, request));
                }
            }
        } catch (BodyTooLarge tooLarge) {
            ProblemDetail problem = problemDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "A bulk request may have at most " + maxBulkBytes + " bytes; the " + lines.size()
                            + " items before the limit were written (see \"summary\"), the rest was not read",
                    request);
            problem.setProperty("summary", ItemWriteSummary.of(lines));
            return respond(problem);
        }
        return ResponseEntity.ok(ItemWriteSummary.of(lines));
    }

    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<ProblemDetail> refused(ImportRefused refused, HttpServletRequest request) {
        HttpStatus status = refused instanceof ItemWriteConflict ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
        return respond(problemDetail(status, "The token may not write this item: " + refused.getMessage(), request));
    }

    private ItemWriteLine writeLine(ApiAccess access, int number, String line, HttpServletRequest request) {
        if (line.getBytes(StandardCharsets.UTF_8).length > maxItemBytes) {
            return ItemWriteLine.failed(number, "the line has more than " + maxItemBytes + " bytes");
        }
        try {
            ImportResult result = write(access, ndjson.read(line), request);
            return result.failed()
                    ? ItemWriteLine.failed(number, result.error())
                    : new ItemWriteLine(
                            number,
                            outcome(result),
                            result.itemId(),
                            result.path(),
                            status(result),
                            null,
                            result.warnings());
        } catch (InvalidItemLine invalid) {
            return ItemWriteLine.failed(number, invalid.getMessage());
        } catch (ImportRefused refused) {
            return ItemWriteLine.failed(number, "forbidden: " + refused.getMessage());
        }
    }

    private ImportResult write(ApiAccess access, ItemRecord record, HttpServletRequest request) {
        boolean statusGiven = record.status() != null;
        ImportResult result = importer.importItem(
                statusGiven ? record : record.withStatus(ItemStatus.DRAFT),
                ImportOptions.WRITE,
                permission(access.account(), statusGiven));
        if (result.outcome() == ImportResult.Outcome.CREATED || result.outcome() == ImportResult.Outcome.UPDATED) {
            audit.record(
                    access.account().username(),
                    "api.item." + outcome(result),
                    result.itemId().toString(),
                    "token " + access.token().prefix() + "... ("
                            + access.token().name() + ")",
                    request.getRemoteAddr());
        }
        return result;
    }

    /** What the token may write, checked against the item as sent and the item it would replace. */
    private ImportPermission permission(Account account, boolean statusGiven) {
        return (item, stored) -> {
            if (stored.isPresent() && !permissions.canEdit(account, stored.get())) {
                throw new ImportRefused(
                        permissions.canView(account, stored.get())
                                ? "the item " + stored.get().id() + " is "
                                        + name(stored.get().status()) + "; only a publisher's token may change it"
                                : "the item " + stored.get().id()
                                        + " belongs to a structure this token may not write for");
            }
            if (!permissions.canWriteFor(account, item.sourceId())) {
                throw new ImportRefused(
                        item.sourceId() == null
                                ? "the item names no source this token may write for (\"source\" must be one of"
                                        + " its structures)"
                                : "the item's source is not one of this token's structures");
            }
            if (!EDITOR_STATUSES.contains(item.status()) && !permissions.canPublishFor(account, item.sourceId())) {
                throw new ImportRefused("only a publisher's token may set the status \"" + name(item.status())
                        + "\"; an editor's token writes drafts (\"draft\") and submits them (\"in_review\")");
            }
            if (!statusGiven
                    && stored.map(s -> PUBLIC_STATUSES.contains(s.status())).orElse(false)) {
                throw new ItemWriteConflict("the item " + stored.get().id() + " is "
                        + name(stored.get().status())
                        + ": give \"status\" (\"published\" to keep it public, \"unpublished\" to withdraw it)");
            }
        };
    }

    private ItemWriteResponse response(ImportResult result) {
        return new ItemWriteResponse(
                outcome(result), result.itemId(), result.path(), status(result), result.warnings());
    }

    private String status(ImportResult result) {
        return catalog.findById(result.itemId())
                .map(ContentItem::status)
                .map(ItemWriteController::name)
                .orElse(null);
    }

    private static String outcome(ImportResult result) {
        return result.outcome().name().toLowerCase(Locale.ROOT);
    }

    private static String name(ItemStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static boolean isNdjson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getSubtype().equals("x-ndjson") || type.getSubtype().equals("jsonl");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ResponseEntity<ProblemDetail> tooLarge(String detail, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, detail, request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        return respond(problemDetail(status, detail, request));
    }

    private static ProblemDetail problemDetail(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** An update that would change whether an item is public without saying so; answered 409. */
    static final class ItemWriteConflict extends ImportRefused {

        ItemWriteConflict(String message) {
            super(message);
        }
    }

    /** The request body ran past the bulk limit. */
    private static final class BodyTooLarge extends IOException {}

    /** Reads at most {@code limit} bytes, then throws {@link BodyTooLarge}, so a huge body is never read whole. */
    private static final class CappedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        CappedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge();
            }
        }
    }
}
