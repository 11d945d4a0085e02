package org.dateline.cli;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.ingest.ImportJson;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.Importer;
import org.dateline.ingest.InvalidItemLine;
import org.dateline.ingest.ItemRecord;
import org.dateline.search.SearchIndex;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's side of {@code ./dateline import} and {@code ./dateline reindex} while it runs: takes item records as NDJSON from a command on the
 * same machine (loopback only, with the token of {@code server.json}), imports each with the importer and answers one
 * result a line.
 */
@RestController
class InternalImportController {

    static final String IMPORT_PATH = "/internal/import";
    static final String SERVER_PATH = "/internal/server";
    static final String REINDEX_PATH = "/internal/reindex";
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final Importer importer;
    private final ServerFile serverFile;
    private final SearchIndex searchIndex;
    private final ImportJson json = new ImportJson();

    InternalImportController(Importer importer, ServerFile serverFile, SearchIndex searchIndex) {
        this.importer = importer;
        this.serverFile = serverFile;
        this.searchIndex = searchIndex;
    }

    @GetMapping(SERVER_PATH)
    ResponseEntity<String> server(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            HttpServletRequest request) {
        if (!allowed(authorization, request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        String body = JsonMapper.builder()
                .build()
                .writeValueAsString(Map.of("data_dir", serverFile.dataDir().toString()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @PostMapping(IMPORT_PATH)
    ResponseEntity<String> importItems(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fallbackDate,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        if (!allowed(authorization, request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        ImportOptions options = new ImportOptions(dryRun, fallbackDate);
        String lines = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        List<ImportResult> results =
                importLines(lines.lines().filter(line -> !line.isBlank()).toList(), options);
        // The command sends the next batch when this one is answered: it stays within seconds of the index.
        searchIndex.awaitBacklog();
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .body(results.stream().map(json::result).collect(Collectors.joining("\n", "", "\n")));
    }

    /** {@code ./dateline reindex} while the server runs: only the server may write its index. */
    @PostMapping(REINDEX_PATH)
    ResponseEntity<String> reindex(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            HttpServletRequest request) {
        if (!allowed(authorization, request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        searchIndex.rebuild(SearchIndex.RebuildProgress.NONE);
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(String.valueOf(searchIndex.count()));
    }

    /** The lines' results in their order: the readable lines are imported together, the others fail alone. */
    private List<ImportResult> importLines(List<String> lines, ImportOptions options) {
        ImportResult[] results = new ImportResult[lines.size()];
        List<ItemRecord> records = new ArrayList<>();
        List<Integer> recordLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                records.add(json.readRecord(lines.get(i)));
                recordLines.add(i);
            } catch (InvalidItemLine invalid) {
                results[i] = new ImportResult(
                        ImportResult.Outcome.FAILED, null, null, invalid.getMessage(), List.of(), null);
            }
        }
        List<ImportResult> imported = importer.importItems(records, options);
        for (int i = 0; i < imported.size(); i++) {
            results[recordLines.get(i)] = imported.get(i);
        }
        return List.of(results);
    }

    private boolean allowed(String authorization, HttpServletRequest request) {
        if (authorization == null || !authorization.startsWith("Bearer ") || !isLoopback(request.getRemoteAddr())) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, serverFile.token().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
