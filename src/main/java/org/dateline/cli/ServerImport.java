package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dateline.ingest.ExportFormat;
import org.dateline.ingest.ImportJson;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.ItemRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands the items to the server running on the data directory, over HTTP on 127.0.0.1 with the token of its
 * {@code server.json}: {@code POST /internal/import} with the records as NDJSON, one result a line in return. The
 * server imports them with its own importer, so that they are on the site and in search at once. Exports come from
 * the server the same way, from its public export endpoint.
 */
final class ServerImport implements ImportTarget {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(10);
    private static final String EXPORT_PATH = "/api/v1/items.";

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final ImportJson json = new ImportJson();

    private ServerImport(HttpClient http, int port, String token) {
        this.http = http;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.token = token;
    }

    /**
     * The server running on the data directory: one whose {@code server.json} is there and that answers on its port
     * for the same directory. A file left by a server that is gone is ignored.
     */
    static Optional<ServerImport> find(Path dataDir) {
        Optional<ServerFile.Contents> contents = ServerFile.read(dataDir);
        if (contents.isEmpty()) {
            return Optional.empty();
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        var server =
                new ServerImport(http, contents.get().port(), contents.get().token());
        return server.servesDataDir(dataDir) ? Optional.of(server) : Optional.empty();
    }

    private boolean servesDataDir(Path dataDir) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(InternalImportController.SERVER_PATH))
                .header("Authorization", "Bearer " + token)
                .timeout(CONNECT_TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode node = JsonMapper.builder().build().readTree(response.body());
            JsonNode served = node.get("data_dir");
            return served != null && sameDirectory(Path.of(served.asString()), dataDir);
        } catch (IOException | RuntimeException unreachable) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    @Override
    public List<ImportResult> importItems(List<ItemRecord> records, ImportOptions options) {
        String body = records.stream().map(json::record).collect(Collectors.joining("\n", "", "\n"));
        String query = "?dryRun=" + options.dryRun()
                + (options.fallbackDate() == null ? "" : "&fallbackDate=" + options.fallbackDate());
        HttpRequest request = HttpRequest.newBuilder(base.resolve(InternalImportController.IMPORT_PATH + query))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson; charset=utf-8")
                .timeout(IMPORT_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServerUnavailable("the server stopped answering: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnavailable("interrupted while the server imported");
        }
        if (response.statusCode() != 200) {
            throw new ServerUnavailable(
                    "the server refused the import (HTTP %d): %s".formatted(response.statusCode(), response.body()));
        }
        List<ImportResult> results = response.body()
                .lines()
                .filter(line -> !line.isBlank())
                .map(json::readResult)
                .toList();
        if (results.size() != records.size()) {
            throw new ServerUnavailable(
                    "the server answered %d results for %d items".formatted(results.size(), records.size()));
        }
        return results;
    }

    /** Has the server rebuild its search index; returns the number of items in the new index. */
    long reindex() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(InternalImportController.REINDEX_PATH))
                .header("Authorization", "Bearer " + token)
                .timeout(IMPORT_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ServerUnavailable("the server refused to reindex (HTTP %d)".formatted(response.statusCode()));
            }
            return Long.parseLong(response.body().trim());
        } catch (IOException e) {
            throw new ServerUnavailable("the server stopped answering: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnavailable("interrupted while the server reindexed");
        }
    }

    int port() {
        return base.getPort();
    }

    /**
     * Copies the server's export of the search ({@code GET /api/v1/items.ndjson} or {@code .csv} with the search
     * parameters) to {@code out} as it arrives; returns the bytes copied.
     */
    long export(ExportFormat format, Map<String, List<String>> params, OutputStream out) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, values) -> values.forEach(value -> query.append(query.isEmpty() ? '?' : '&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(EXPORT_PATH + format.extension() + query))
                .timeout(IMPORT_TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ServerUnavailable("the server refused the export (HTTP %d): %s"
                            .formatted(response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                }
                return body.transferTo(out);
            }
        } catch (IOException e) {
            throw new ServerUnavailable("the server stopped answering: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnavailable("interrupted while the server exported");
        }
    }

    @Override
    public String description() {
        return "the server running on " + base.getPort();
    }

    @Override
    public void close() {
        // Java 17's HttpClient has nothing to close; its threads end with the command.
    }

    /** The server could not take the items. */
    static final class ServerUnavailable extends RuntimeException {

        ServerUnavailable(String message) {
            super(message);
        }
    }
}
