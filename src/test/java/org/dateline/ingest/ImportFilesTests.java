package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTests {

    static final String BAD = "src/test/resources/ingest/bad";

    final ImportFiles files = new ImportFiles(5_000_000, null, null, false);

    @Test
    void reportsEachUnusableFileWithItsReasonAndGoesOn() {
        List<SourceItem> items = read(files, List.of(BAD));

        assertThat(items)
                .extracting(SourceItem::location, SourceItem::error)
                .containsExactly(
                        tuple(BAD + "/cp1251.txt", "not UTF-8: looks like windows-1251"),
                        tuple(BAD + "/cp1252.txt", "not UTF-8: looks like windows-1252"),
                        tuple(BAD + "/empty.txt", "empty file"),
                        tuple(BAD + "/items.ndjson:1", null),
                        tuple(
                                BAD + "/items.ndjson:2",
                                "invalid JSON: Unexpected end-of-input within/between Object entries"),
                        tuple(
                                BAD + "/items.ndjson:3",
                                "\"date\" holds no valid value: \"01/02/2018\" (Text '01/02/2018' could not be parsed"
                                        + " at index 0)"),
                        tuple(BAD + "/items.ndjson:5", "not a JSON object"),
                        tuple(BAD + "/items.ndjson:6", null),
                        tuple(BAD + "/items.ndjson:7", null),
                        tuple(BAD + "/items.ndjson:8", "not UTF-8: looks like windows-1252"),
                        tuple(BAD + "/no-body.txt", "the page \"A heading with nothing below it\" shows no body text"),
                        tuple(
                                BAD + "/no-title.txt",
                                "the page shows no title: its first line is a paragraph (\"This page was saved"
                                        + " without its heading, and its first line …\")"),
                        tuple(BAD + "/photo.jpg", "binary file: it contains NUL bytes"),
                        tuple(
                                BAD + "/truncated.txt",
                                "the page is cut off mid-sentence: \"…ks and the rights of people crossing the\""
                                        + " (truncated pages can be accepted)"));
    }

    @Test
    void acceptsTruncatedPagesWhenAskedWithAWarning() {
        List<SourceItem> items = read(new ImportFiles(5_000_000, null, null, true), List.of(BAD + "/truncated.txt"));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.error()).isNull();
            assertThat(item.record().title()).isEqualTo("Training course for border guards opens in a lakeside town");
            assertThat(item.record().warnings())
                    .containsExactly("the page is cut off mid-sentence: \"…ks and the rights of people crossing the\"");
        });
    }

    @Test
    void refusesFilesAndNdjsonLinesOverTheSizeLimit(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("big.txt");
        Files.writeString(page, "News\nA big page\n" + "Word ".repeat(300) + ".\n");
        Path ndjson = dir.resolve("big.ndjson");
        Files.writeString(
                ndjson, "{\"title\":\"" + "x".repeat(2000) + "\"}\n{\"title\":\"small\",\"date\":\"2020-01-01\"}\n");

        List<SourceItem> items = read(new ImportFiles(1000, null, null, false), List.of(dir.toString()));

        assertThat(items)
                .extracting(SourceItem::location, SourceItem::error)
                .containsExactly(
                        tuple(ndjson + ":1", "line too long: over the limit of 1,000 bytes"),
                        tuple(ndjson + ":2", null),
                        tuple(page.toString(), "too large: 1,518 bytes, over the limit of 1,000 bytes"));
    }

    @Test
    void takesTheLegacyUrlFromTheUrlLineTheCanonicalLinkOrTheBaseUrl(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("eea"));
        Files.writeString(dir.resolve("eea/48017.txt"), "News\nA page without URL line\nText of the page.\n");
        Files.writeString(
                dir.resolve("own.txt"), "URL: https://legacy.example.org/odihr/7\nNews\nA page\nText of the page.\n");
        Files.writeString(
                dir.resolve("page.html"),
                "<html><head><link rel=\"canonical\" href=\"https://legacy.example.org/node/9\"></head>"
                        + "<body><h1>An HTML page</h1><p>Text of the page.</p></body></html>");

        List<SourceItem> items =
                read(new ImportFiles(5_000_000, null, "https://legacy.example.org/", false), List.of(dir.toString()));

        assertThat(items)
                .extracting(item -> item.record().legacyUrl())
                .containsExactly(
                        "https://legacy.example.org/eea/48017",
                        "https://legacy.example.org/odihr/7",
                        "https://legacy.example.org/node/9");
        assertThat(items.get(1).record().title()).isEqualTo("A page");
    }

    @Test
    void readsNdjsonFromStandardInput() {
        var stdin = new ByteArrayInputStream(
                "{\"title\":\"From stdin\",\"date\":\"2020-02-02\"}\n".getBytes(StandardCharsets.UTF_8));
        List<SourceItem> items = new ArrayList<>();

        files.read(List.of("-"), stdin, items::add);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.location()).isEqualTo("-:1");
            assertThat(item.record().title()).isEqualTo("From stdin");
        });
    }

    private static List<SourceItem> read(ImportFiles files, List<String> paths) {
        List<SourceItem> items = new ArrayList<>();
        files.read(paths, new ByteArrayInputStream(new byte[0]), items::add);
        return items;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
