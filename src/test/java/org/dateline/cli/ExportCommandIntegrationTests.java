package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.TestDatabaseEnvironment;
import org.dateline.ingest.ItemExport;
import org.dateline.ingest.ItemNdjson;
import org.dateline.ingest.ItemRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./dateline export} with no server running: it reads the data directory itself, and what it writes imports
 * into an empty Dateline as the same items.
 */
class ExportCommandIntegrationTests {

    static final String SAMPLE = "src/main/resources/sample/items.ndjson";

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void anNdjsonExportImportsIntoAnEmptyDatelineAsTheSameItems() throws IOException {
        List<String> firstSettings = settings(first);
        List<String> secondSettings = settings(second);
        long sampleItems = Files.readAllLines(Path.of(SAMPLE)).stream()
                .filter(line -> !line.isBlank())
                .count();
        assertThat(CommandRun.of("", command(firstSettings, "import", SAMPLE)).exitCode())
                .isZero();

        CommandRun exported = CommandRun.of("", command(firstSettings, "export"));
        CommandRun imported =
                CommandRun.of(exported.out(), command(secondSettings, "import", "-", "--format", "ndjson"));
        CommandRun exportedAgain = CommandRun.of("", command(secondSettings, "export"));

        assertThat(exported.exitCode()).isZero();
        assertThat(exported.err()).matches("Exported " + sampleItems + " items in \\d+\\.\\d s\\.\n");
        assertThat(imported.out())
                .isEqualTo(
                        "Imported into the database: " + sampleItems + " created, 0 updated, 0 unchanged, 0 failed.\n");
        assertThat(exportedAgain.exitCode()).isZero();
        List<ItemRecord> before = records(exported.out());
        List<ItemRecord> after = records(exportedAgain.out());
        assertThat(before).hasSize((int) sampleItems);
        // Field by field: ids, legacy URLs, titles, dates, times, terms, bodies, types, languages, status, publication.
        assertThat(after).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(before);
        assertThat(exportedAgain.out()).isEqualTo(exported.out());
    }

    @Test
    void exportsASearchAsCsvIntoAFileAndNothingToStandardOutput() throws IOException {
        List<String> settings = settings(first);
        assertThat(CommandRun.of("", command(settings, "import", SAMPLE)).exitCode())
                .isZero();
        Path file = second.resolve("serbia.csv");

        CommandRun export = CommandRun.of(
                "",
                command(
                        settings,
                        "export",
                        "--country",
                        "serbia",
                        "--from",
                        "2000-01-01",
                        "--format",
                        "csv",
                        "--output",
                        file.toString()));

        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).isEmpty();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", ItemExport.CSV_COLUMNS) + "\r\n");
        long rows =
                csv.lines().filter(line -> line.matches("^[0-9a-f-]{36},.*")).count();
        assertThat(export.err()).startsWith("Exported " + rows + " items in ");
        assertThat(rows).isPositive();
        assertThat(Files.list(second)).containsExactly(file);
    }

    @Test
    void refusesOptionsItCannotReadWithAMessageAndExitCode2() {
        CommandRun badDate = CommandRun.of("", command(settings(first), "export", "--from", "yesterday"));
        CommandRun badFormat = CommandRun.of("", command(settings(first), "export", "--format", "xml"));

        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).isEqualTo("The date yesterday is not of the form 2006-12-31\n");
        assertThat(badDate.out()).isEmpty();
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).isEqualTo("Unknown format \"xml\": give ndjson or csv.\n");
    }

    @Test
    void explainsItselfWithHelp() {
        CommandRun help = CommandRun.of("", "export", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--country=SLUG", "--format=FORMAT", "--output=FILE");
    }

    private static List<ItemRecord> records(String ndjson) {
        ItemNdjson format = new ItemNdjson();
        return ndjson.lines().map(format::read).toList();
    }

    private static List<String> settings(Path dataDir) {
        List<String> settings = new ArrayList<>(List.of("--dateline.data-dir=" + dataDir));
        if (TestDatabaseEnvironment.usesPostgres()) {
            settings.add("--spring.datasource.url=" + TestDatabaseEnvironment.createPostgresDatabase());
            settings.add("--spring.datasource.username=postgres");
        }
        return settings;
    }

    private static String[] command(List<String> settings, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(settings);
        return all.toArray(String[]::new);
    }
}
