package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.dateline.ingest.ImportFiles;
import org.dateline.ingest.ImportJson;
import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.Importer;
import org.dateline.ingest.ItemRecord;
import org.dateline.ingest.PageFormat;
import org.dateline.ingest.SourceItem;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./dateline import PATH...}: reads the files, hands the items to the running server or imports them into the
 * database itself, and prints a summary (created, updated, unchanged, failed, each failure with file, line and
 * reason). Exits with 1 when an item failed.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports legacy pages (scraped text, HTML) and NDJSON item files; importing the same input again changes"
                    + " nothing.",
            "When a server runs on the data directory, the items go to it; otherwise into the database directly."
        },
        footer = {"", DatelineCommandLine.SETTINGS_HELP})
final class ImportCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files, folders (read recursively), or - for standard input.")
    List<String> paths;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "scraped, html or ndjson; detected when not given (.ndjson and .jsonl files are NDJSON).")
    String format;

    @Option(names = "--dry-run", description = "Read and map every item, write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "With --dry-run: print one JSON object per input item on standard output.")
    boolean json;

    @Option(
            names = "--max-size",
            paramLabel = "SIZE",
            defaultValue = "5MB",
            description = "The largest page file or NDJSON line read (default: ${DEFAULT-VALUE}).")
    String maxSize;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The legacy site's address: a page without a URL of its own gets URL/<its path below the"
                    + " folder given, without extension> as its legacy URL.")
    String baseUrl;

    @Option(
            names = "--fallback-date",
            paramLabel = "YYYY-MM-DD",
            description = "The date of items whose source shows none (without it they fail).")
    LocalDate fallbackDate;

    @Option(
            names = "--accept-truncated",
            description = "Import pages cut off mid-sentence (with a warning) instead of failing them.")
    boolean acceptTruncated;

    private final DatelineCommandLine.CommandContext context;
    private final ImportJson importJson = new ImportJson();
    private final Map<ImportResult.Outcome, Integer> counts = new EnumMap<>(ImportResult.Outcome.class);
    private final List<String> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    ImportCommand(DatelineCommandLine.CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintStream out = context.out();
        PrintStream err = context.err();
        if (json && !dryRun) {
            err.println("--json needs --dry-run: an import prints its summary, a dry run its items.");
            return 2;
        }
        PageFormat pageFormat;
        long maxBytes;
        try {
            pageFormat = format == null ? null : formatOf(format);
            maxBytes = DataSize.parse(maxSize.replace(" ", "").toUpperCase(Locale.ROOT))
                    .toBytes();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        ImportFiles reader = new ImportFiles(maxBytes, pageFormat, baseUrl, acceptTruncated);
        ImportOptions options = new ImportOptions(dryRun, fallbackDate);
        List<String[]> files = new ArrayList<>();
        for (String path : paths) {
            for (String file : ImportFiles.files(List.of(path))) {
                files.add(new String[] {file, path});
            }
        }
        Progress progress = new Progress(err, context.progress(), files.size());
        String target;
        try (ImportTarget importTarget = openTarget()) {
            target = importTarget.description();
            List<SourceItem> batch = new ArrayList<>();
            for (String[] file : files) {
                Path root = file[1].equals("-") ? null : Path.of(file[1]);
                reader.readFile(file[0], root, context.in(), item -> {
                    progress.item();
                    // Items that could not be read wait in the batch too, so that reports keep the input's order.
                    batch.add(item);
                    if (batch.size() >= Importer.BATCH) {
                        flush(importTarget, batch, options);
                    }
                });
                progress.fileDone();
            }
            flush(importTarget, batch, options);
            // Before the target closes: closing may compact the database, and says so on the progress bar's line.
            progress.finish();
        } catch (ServerImport.ServerUnavailable e) {
            progress.finish();
            err.println("Import stopped: " + e.getMessage());
            return 1;
        }
        printSummary(json ? err : out, target);
        return counts.getOrDefault(ImportResult.Outcome.FAILED, 0) > 0 ? 1 : 0;
    }

    private ImportTarget openTarget() {
        Path dataDir = DataDirectory.of(context.settings());
        return ServerImport.find(dataDir)
                .<ImportTarget>map(server -> server)
                .orElseGet(() -> new LocalImport(context.application(), context.settings(), !dryRun, context.err()));
    }

    private void flush(ImportTarget target, List<SourceItem> batch, ImportOptions options) {
        if (batch.isEmpty()) {
            return;
        }
        List<ItemRecord> records =
                batch.stream().map(SourceItem::record).filter(Objects::nonNull).toList();
        List<ImportResult> results = records.isEmpty() ? List.of() : target.importItems(records, options);
        int next = 0;
        for (SourceItem item : batch) {
            if (item.record() == null) {
                report(item, ImportResult.Outcome.FAILED, item.error(), List.of(), null);
            } else {
                ImportResult result = results.get(next++);
                report(item, result.outcome(), result.error(), result.warnings(), result);
            }
        }
        batch.clear();
    }

    private void report(
            SourceItem source,
            ImportResult.Outcome outcome,
            String error,
            List<String> itemWarnings,
            ImportResult result) {
        counts.merge(outcome, 1, Integer::sum);
        if (error != null) {
            failures.add(source.location() + ": " + error);
        }
        itemWarnings.forEach(warning -> warnings.add(source.location() + ": " + warning));
        if (json) {
            ImportResult shown = result != null
                    ? result
                    : new ImportResult(ImportResult.Outcome.FAILED, null, null, error, itemWarnings, null);
            context.out().println(importJson.dryRunLine(source, shown));
        }
    }

    private void printSummary(PrintStream to, String target) {
        int failed = counts.getOrDefault(ImportResult.Outcome.FAILED, 0);
        if (dryRun) {
            to.printf(
                    "Dry run: %d items read, %d would fail; nothing written.%n",
                    counts.getOrDefault(ImportResult.Outcome.PREVIEWED, 0) + failed, failed);
        } else {
            to.printf(
                    "Imported into %s: %d created, %d updated, %d unchanged, %d failed.%n",
                    target,
                    counts.getOrDefault(ImportResult.Outcome.CREATED, 0),
                    counts.getOrDefault(ImportResult.Outcome.UPDATED, 0),
                    counts.getOrDefault(ImportResult.Outcome.UNCHANGED, 0),
                    failed);
        }
        if (!failures.isEmpty()) {
            to.println("Failed:");
            failures.forEach(failure -> to.println("  " + failure));
        }
        if (!warnings.isEmpty()) {
            to.println("Warnings:");
            warnings.forEach(warning -> to.println("  " + warning));
        }
    }

    private static PageFormat formatOf(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "scraped", "text", "txt" -> PageFormat.SCRAPED_TEXT;
            case "html" -> PageFormat.HTML;
            case "ndjson", "jsonl" -> PageFormat.NDJSON;
            default ->
                throw new IllegalArgumentException("Unknown format \"" + name + "\": give scraped, html or ndjson");
        };
    }
}
