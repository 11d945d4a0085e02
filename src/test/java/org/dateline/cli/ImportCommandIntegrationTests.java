package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.DatelineApplication;
import org.dateline.TestDatabaseEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./dateline import} with no server running: it opens the data directory's database itself. */
class ImportCommandIntegrationTests {

    static final String IMPORT = "src/test/resources/ingest/import";
    static final String BAD = "src/test/resources/ingest/bad";

    @TempDir
    Path dataDir;

    @Test
    void importsFilesAndFoldersReportsEachFailureAndSaysUnchangedTheSecondTime() throws IOException {
        Path pages = dataDir.resolveSibling(dataDir.getFileName() + "-pages");
        Files.createDirectories(pages.resolve("more"));
        Files.copy(Path.of(IMPORT, "press-release.txt"), pages.resolve("press-release.txt"));
        Files.copy(Path.of(BAD, "items.ndjson"), pages.resolve("more/items.ndjson"));
        Files.copy(Path.of(BAD, "photo.jpg"), pages.resolve("more/photo.jpg"));
        String[] args = args(pages.toString(), Path.of(IMPORT, "no-date.txt").toString());

        CommandRun first = CommandRun.of("", args);
        CommandRun second = CommandRun.of("", args);

        assertThat(first.exitCode()).isEqualTo(1);
        String items = pages.resolve("more/items.ndjson").toString();
        assertThat(first.out())
                .startsWith("Imported into the database: 3 created, 0 updated, 0 unchanged, 7 failed.\nFailed:\n")
                .contains("  " + items + ":2: invalid JSON: Unexpected end-of-input within/between Object entries\n")
                .contains("  " + items + ":3: \"date\" holds no valid value: \"01/02/2018\" (Text '01/02/2018' could"
                        + " not be parsed at index 0)\n")
                .contains("  " + items + ":5: not a JSON object\n")
                .contains("  " + items + ":6: no body text\n")
                .contains("  " + items + ":8: not UTF-8: looks like windows-1252\n")
                .contains("  " + pages.resolve("more/photo.jpg") + ": binary file: it contains NUL bytes\n")
                .contains("  " + IMPORT + "/no-date.txt: no date: an item needs one (a fallback date can be given)\n")
                .contains("Warnings:\n  " + pages.resolve("press-release.txt")
                        + ": no field of work is called \"Underwater basket weaving\"; left it out\n");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).startsWith("Imported into the database: 0 created, 0 updated, 3 unchanged, 7 failed.");
    }

    @Test
    void aDryRunPrintsOneJsonObjectPerInputItemAndWritesNothing() throws IOException {
        String ndjson = "{\"title\":\"From standard input\",\"date\":\"2020-02-02\",\"type\":\"news\","
                + "\"body\":\"<p>Text.</p>\",\"countries\":[\"Türkiye\", \"Atlantis\"]}\n";

        CommandRun dryRun = CommandRun.of(
                ndjson,
                args("--dry-run", "--json", Path.of(IMPORT, "press-release.txt").toString(), "-"));
        CommandRun noJsonWithoutDryRun = CommandRun.of("", args("--json", "-"));

        assertThat(dryRun.exitCode()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        dryRun.out().lines().forEach(line -> lines.add(json.readTree(line)));
        assertThat(lines).hasSize(2);
        JsonNode page = lines.get(0);
        assertThat(page.get("file").asString()).isEqualTo(IMPORT + "/press-release.txt");
        assertThat(page.get("type").asString()).isEqualTo("press-release");
        assertThat(page.get("title").asString())
                .isEqualTo("Regional seminar in Almaty discusses water sharing along border rivers");
        assertThat(page.get("date").asString()).isEqualTo("2019-10-14");
        assertThat(page.get("place").asString()).isEqualTo("Almaty, Kazakhstan");
        assertThat(page.get("source").asString())
                .isEqualTo("Office of the Co-ordinator of OSCE Economic and Environmental Activities");
        assertThat(page.get("fields_of_work").toString()).isEqualTo("[\"Environmental activities\"]");
        assertThat(page.get("countries").toString()).isEqualTo("[\"Kazakhstan\",\"Kyrgyzstan\"]");
        assertThat(page.get("language").asString()).isEqualTo("en");
        assertThat(page.get("dateline").asString()).isEqualTo("ALMATY, 14 October 2019");
        assertThat(page.get("body_text").asString()).startsWith("Officials from five countries met in Almaty today");
        assertThat(page.get("legacy_url").asString()).isEqualTo("https://www.example.org/eea/90001");
        assertThat(page.get("warnings").toString())
                .isEqualTo("[\"no field of work is called \\\"Underwater basket weaving\\\"; left it out\"]");
        JsonNode stdin = lines.get(1);
        assertThat(stdin.get("file").asString()).isEqualTo("-");
        assertThat(stdin.get("line").asInt()).isEqualTo(1);
        assertThat(stdin.get("countries").toString()).isEqualTo("[\"Türkiye\"]");
        assertThat(stdin.get("warnings").toString())
                .isEqualTo("[\"no country is called \\\"Atlantis\\\"; left it out\"]");
        assertThat(dryRun.err())
                .isEqualTo("Dry run: 2 items read, 0 would fail; nothing written.\nWarnings:\n  " + IMPORT
                        + "/press-release.txt: no field of work is called \"Underwater basket weaving\"; left it out\n"
                        + "  -:1: no country is called \"Atlantis\"; left it out\n");
        assertThat(noJsonWithoutDryRun.exitCode()).isEqualTo(2);
        assertThat(noJsonWithoutDryRun.err())
                .isEqualTo("--json needs --dry-run: an import prints its summary, a dry run its items.\n");

        CommandRun afterDryRun = CommandRun.of(ndjson, args("-"));
        assertThat(afterDryRun.out()).startsWith("Imported into the database: 1 created, 0 updated, 0 unchanged");
    }

    @Test
    void compactsTheEmbeddedDatabaseWhenToldButNotOnADryRun() {
        String items =
                CommandRun.of("", "generate", "--items", "100", "--seed", "5").out();
        // How much of a small file is dead after an import depends on when H2's writer ran (DatabaseCompactionTests
        // makes it so): here every file is compacted.
        String[] always = {"--dateline.database.compact-above=0B", "--dateline.database.compact-when-live-below=101"};

        CommandRun dryRun = CommandRun.of(items, args(with(always, "--dry-run", "-")));
        CommandRun imported = CommandRun.of(items, args(with(always, "-")));
        CommandRun again = CommandRun.of(items, args(with(always, "-")));

        assertThat(dryRun.err()).doesNotContain("ompact");
        assertThat(imported.out())
                .startsWith("Imported into the database: 100 created, 0 updated, 0 unchanged, 0 failed.");
        assertThat(again.out())
                .as("every item is still there")
                .startsWith("Imported into the database: 0 created, 0 updated, 100 unchanged, 0 failed.");
        if (TestDatabaseEnvironment.usesPostgres()) {
            assertThat(imported.err()).doesNotContain("ompact");
        } else {
            assertThat(imported.err())
                    .containsPattern("Compacting the database: [0-9,]+ MB, \\d+% of it in use\\.\n"
                            + "Compacted the database from [0-9,]+ MB to [0-9,]+ MB in \\d+\\.\\d s\\.\n");
            var terminal = new ByteArrayOutputStream();
            DatelineCommandLine.run(
                    DatelineApplication.class,
                    args(with(always, "-")),
                    new ByteArrayInputStream(items.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(terminal, true, StandardCharsets.UTF_8),
                    true);
            assertThat(terminal.toString(StandardCharsets.UTF_8))
                    .as("the progress bar is cleared before the compaction speaks")
                    .contains("items\r\033[KCompacting the database: ");
        }
    }

    private static String[] with(String[] settings, String... commandArgs) {
        List<String> args = new ArrayList<>(List.of(settings));
        args.addAll(List.of(commandArgs));
        return args.toArray(String[]::new);
    }

    @Test
    void explainsItselfWithHelp() {
        CommandRun help = CommandRun.of("", "import", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .startsWith("Usage: dateline import [-hV] [--accept-truncated] [--dry-run] [--json]")
                .contains("--fallback-date=YYYY-MM-DD");
    }

    /** The command's arguments with the test's data directory and, on PostgreSQL, one database for all runs. */
    private String[] args(String... commandArgs) {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(List.of(commandArgs));
        args.add("--dateline.data-dir=" + dataDir);
        if (TestDatabaseEnvironment.usesPostgres()) {
            args.add("--spring.datasource.url=" + postgresUrl());
            args.add("--spring.datasource.username=postgres");
        }
        return args.toArray(String[]::new);
    }

    private String postgresUrl;

    private String postgresUrl() {
        if (postgresUrl == null) {
            postgresUrl = TestDatabaseEnvironment.createPostgresDatabase();
        }
        return postgresUrl;
    }
}
