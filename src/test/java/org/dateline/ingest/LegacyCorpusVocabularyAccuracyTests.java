package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports (as a dry run) the development corpus of real legacy pages and compares the vocabulary terms each page maps
 * to, by their canonical names, with {@code gold.jsonl}: the source and the fields of work. Like
 * {@link LegacyCorpusAccuracyTests} it runs where {@code ../shared/corpus} (or {@code -Ddateline.corpus}) exists and
 * is skipped with the reason printed elsewhere.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "dateline.ingest.sample-content=false")
class LegacyCorpusVocabularyAccuracyTests {

    private static final double REQUIRED_SHARE_RIGHT = 0.98;
    // Pages without a date are dated so that their terms are still compared.
    private static final ImportOptions DRY_RUN = new ImportOptions(true, LocalDate.of(2000, 1, 1));

    @Autowired
    Importer importer;

    @Test
    void mapsTheCorpusPagesToTheVocabularyTermsACarefulReaderChose() throws IOException {
        Path corpus = corpusDirectory();
        JsonMapper json = JsonMapper.builder().build();
        ImportFiles files = new ImportFiles(1_000_000, null, null, true);
        Map<String, Integer> right = new LinkedHashMap<>(Map.of("source", 0, "fields_of_work", 0));
        int total = 0;
        for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            total++;
            JsonNode gold = json.readTree(line);
            String file = gold.get("file").asString();
            ItemPreview preview = preview(files, corpus.resolve(file));
            String goldSource =
                    gold.get("source").isNull() ? null : gold.get("source").asString();
            List<String> goldFields = new ArrayList<>();
            gold.get("fields_of_work").forEach(field -> goldFields.add(field.asString()));
            String source = preview == null ? "(not imported)" : preview.source();
            List<String> fields = preview == null ? List.of("(not imported)") : preview.fieldsOfWork();
            compare(right, "source", file, goldSource, source);
            compare(right, "fields_of_work", file, goldFields, fields);
        }

        var table = new StringBuilder("%nTerm field            right / pages%n".formatted());
        int pages = total;
        right.forEach((field, count) ->
                table.append("%-22s %5d / %d  %5.1f%%%n".formatted(field, count, pages, 100.0 * count / pages)));
        System.out.println(table);
        assertThat(total).as("pages in gold.jsonl").isPositive();
        right.forEach((field, count) -> assertThat((double) count / pages)
                .as("share of corpus pages whose %s maps to gold's terms%s", field, table)
                .isGreaterThanOrEqualTo(REQUIRED_SHARE_RIGHT));
    }

    @Test
    void importsTheSeedPageAsTheIssueDescribesIt() {
        Path seed = Path.of("..", "shared", "seed", "osce-page.txt");
        assumeTrue(
                Files.isRegularFile(seed),
                "No seed page at " + seed.toAbsolutePath().normalize());

        ItemPreview preview = preview(new ImportFiles(1_000_000, null, null, false), seed);

        assertThat(preview.type()).isEqualTo("press-release");
        assertThat(preview.title())
                .isEqualTo("International workshop in Moscow focuses on labour migration in CIS countries");
        assertThat(preview.date()).isEqualTo(LocalDate.of(2006, 12, 6));
        assertThat(preview.place()).isEqualTo("Moscow");
        assertThat(preview.source()).isEqualTo("OSCE Secretariat");
        assertThat(preview.fieldsOfWork()).containsExactly("Economic activities");
        assertThat(preview.bodyText())
                .startsWith("An international workshop focusing on labour migration")
                .endsWith("as well as independent migration experts are attending the event.");
    }

    private ItemPreview preview(ImportFiles files, Path page) {
        List<SourceItem> items = new ArrayList<>();
        files.readFile(page.toString(), page, new ByteArrayInputStream(new byte[0]), items::add);
        if (items.size() != 1 || items.get(0).record() == null) {
            return null;
        }
        return importer.importItem(titled(items.get(0).record()), DRY_RUN).preview();
    }

    /** The record, with a stand-in title where the page shows none: titles are the reader test's business. */
    private static ItemRecord titled(ItemRecord r) {
        if (r.title() != null) {
            return r;
        }
        return new ItemRecord(
                r.id(),
                r.type(),
                r.language(),
                r.translationGroup(),
                r.slug(),
                "(untitled)",
                r.summary(),
                r.body(),
                r.dateline(),
                r.date(),
                r.time(),
                r.zone(),
                r.place(),
                r.source(),
                r.fieldsOfWork(),
                r.countries(),
                r.meetingType(),
                r.status(),
                r.publishedAt(),
                r.legacyUrl(),
                r.warnings());
    }

    private static void compare(Map<String, Integer> right, String field, String file, Object gold, Object read) {
        if (Objects.equals(gold, read)) {
            right.merge(field, 1, Integer::sum);
        } else {
            System.out.printf("%s %s%n    gold: %s%n    read: %s%n", file, field, gold, read);
        }
    }

    private static Path corpusDirectory() {
        String configured = System.getProperty("dateline.corpus");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path besideTheProject = Path.of("..", "shared", "corpus");
        boolean present = Files.isRegularFile(besideTheProject.resolve("gold.jsonl"));
        String reason = "No legacy corpus: %s does not exist and -Ddateline.corpus is not set; skipping the vocabulary"
                        .formatted(besideTheProject.toAbsolutePath().normalize())
                + " accuracy test.";
        if (!present) {
            System.out.println(reason);
        }
        assumeTrue(present, reason);
        return besideTheProject;
    }
}
