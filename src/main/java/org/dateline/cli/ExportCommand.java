package org.dateline.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.cli.DatelineCommandLine.CommandContext;
import org.dateline.content.ContentCatalog;
import org.dateline.ingest.ExportFormat;
import org.dateline.ingest.ItemExport;
import org.dateline.search.Facet;
import org.dateline.search.InvalidSearch;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchParameters;
import org.dateline.search.SearchQuery;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./dateline export [query options] > file}: writes the published items a search matches (every one without
 * options), newest first, as NDJSON that {@code ./dateline import} reads back, or as CSV. The items go to standard
 * output or a file; the summary to standard error. When a server runs on the data directory, the export comes from
 * it over HTTP (the database admits one process); otherwise the command reads the data directory itself.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Exports the published items a search matches (all without options), newest first, as NDJSON (the import"
                    + " format) or CSV, to standard output or --output.",
            "Repeat a facet option for several values (either matches); different facets must all match."
        },
        footer = {"", DatelineCommandLine.SETTINGS_HELP})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--q", paramLabel = "TEXT", description = "Search text, as in the search box.")
    String text;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "A content type: press-release, news, statement," + " event, publication.")
    List<String> types = new ArrayList<>();

    @Option(names = "--field", paramLabel = "SLUG", description = "A field of work, e.g. migration.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--country", paramLabel = "SLUG", description = "A country, e.g. serbia.")
    List<String> countries = new ArrayList<>();

    @Option(names = "--source", paramLabel = "SLUG", description = "A structure (with those below it), e.g. odihr.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--meeting", paramLabel = "SLUG", description = "A meeting type.")
    List<String> meetings = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YYYY", description = "A year of the item date.")
    List<String> years = new ArrayList<>();

    @Option(names = "--language", paramLabel = "TAG", description = "A language, e.g. en.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Items dated on or after.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Items dated on or before.")
    String to;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "ndjson",
            description = "ndjson (default; ./dateline import reads it back) or csv.")
    String format;

    @Option(
            names = {"--output", "-o"},
            paramLabel = "FILE",
            description = "Write to the file (replaced only once the export is complete) instead of standard output.")
    Path output;

    private final CommandContext context;

    ExportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintStream err = context.err();
        Optional<ExportFormat> exportFormat = ExportFormat.named(format);
        if (exportFormat.isEmpty()) {
            err.println("Unknown format \"" + format + "\": give ndjson or csv.");
            return 2;
        }
        Map<String, List<String>> params = params();
        SearchQuery query;
        try {
            query = SearchParameters.read(params, SearchQuery.of(""), SearchQuery.DEFAULT_SIZE);
        } catch (InvalidSearch e) {
            err.println(e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        Path dataDir = DataDirectory.of(context.settings());
        Path partial = null;
        try {
            OutputStream out;
            if (output == null) {
                out = context.out();
            } else {
                Path target = output.toAbsolutePath();
                partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
                out = new BufferedOutputStream(Files.newOutputStream(partial));
            }
            String summary;
            try {
                Optional<ServerImport> server = ServerImport.find(dataDir);
                summary = server.isPresent()
                        ? "from " + server.get().description() + ": "
                                + server.get().export(exportFormat.get(), params, out) + " bytes"
                        : exportLocally(query, !params.isEmpty(), exportFormat.get(), out) + " items";
                out.flush();
            } finally {
                if (output != null) {
                    out.close();
                }
            }
            if (partial != null) {
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                partial = null;
            }
            err.printf("Exported %s in %.1f s.%n", summary, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException | ServerImport.ServerUnavailable e) {
            err.println("Export stopped: " + e.getMessage());
            return 1;
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // Only a hidden leftover; the message above says the export failed.
                }
            }
        }
    }

    private long exportLocally(SearchQuery query, boolean throughIndex, ExportFormat exportFormat, OutputStream out)
            throws IOException {
        // Logging goes to standard output by default; the export may be there, so log lines go to standard error.
        PrintStream stdout = System.out;
        System.setOut(context.err());
        try (ConfigurableApplicationContext app = QuietContext.open(
                context.application(),
                context.settings(),
                // A read-only command: index updates an earlier process left undelivered wait for the server, which
                // delivers them; delivering them here would cost the export memory and time it has no use for.
                Map.of(
                        "dateline.search.catch-up-on-start",
                        "false",
                        "spring.modulith.events.republish-outstanding-events-on-restart",
                        "false"))) {
            // A search is answered by the index (the whole archive comes from the database): say when it lags.
            long indexed = throughIndex ? app.getBean(SearchIndex.class).count() : 0;
            long published = throughIndex ? app.getBean(ContentCatalog.class).countPublished() : 0;
            if (indexed != published) {
                context.err()
                        .printf(
                                "Warning: the search index holds %d of %d published items; the export follows the"
                                        + " index (./dateline reindex rebuilds it).%n",
                                indexed, published);
            }
            return app.getBean(ItemExport.class).write(query, exportFormat, out);
        } finally {
            System.setOut(stdout);
        }
    }

    private Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, SearchParameters.TEXT, text == null ? List.of() : List.of(text));
        put(params, Facet.TYPE.param(), types);
        put(params, Facet.FIELD_OF_WORK.param(), fields);
        put(params, Facet.COUNTRY.param(), countries);
        put(params, Facet.SOURCE.param(), sources);
        put(params, Facet.MEETING_TYPE.param(), meetings);
        put(params, Facet.YEAR.param(), years);
        put(params, Facet.LANGUAGE.param(), languages);
        put(params, SearchParameters.FROM, from == null ? List.of() : List.of(from));
        put(params, SearchParameters.TO, to == null ? List.of() : List.of(to));
        return params;
    }

    private static void put(Map<String, List<String>> params, String name, List<String> values) {
        if (!values.isEmpty()) {
            params.put(name, values);
        }
    }
}
