package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.content.ContentType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the development corpus of real legacy pages and compares each with what a careful reader took from it
 * ({@code gold.jsonl}). The corpus is not part of the project: CI has it at {@code ../shared/corpus}; elsewhere
 * {@code -Ddateline.corpus=<directory>} points at it; without either the test is skipped and says why.
 */
class LegacyCorpusAccuracyTests {

    private static final double REQUIRED_SHARE_ALL_RIGHT = 0.98;
    private static final Set<String> NAME_FIELDS = Set.of("source", "fields_of_work");
    private static final long MAX_PAGE_BYTES = 1_000_000;

    private static final Map<String, ContentType> TYPES_OF_KINDS = Map.of(
            "Press release", ContentType.PRESS_RELEASE,
            "News", ContentType.NEWS,
            "News Item", ContentType.NEWS,
            "Statement", ContentType.STATEMENT,
            "Meeting", ContentType.EVENT,
            "Event", ContentType.EVENT,
            "Publication", ContentType.PUBLICATION);

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "No", "Gen", "Col", "Lt", "Capt", "Amb", "Jr", "Sr", "vs", "e.g",
            "i.e", "U.S", "U.K");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*\\s+(?=[\"“‘(]?\\p{Lu})");

    private final PageDecoder decoder = new PageDecoder(MAX_PAGE_BYTES);
    private final ScrapedPageReader reader = new ScrapedPageReader();

    @Test
    void readsTheLegacyCorpusAsACarefulReaderDoes() throws IOException {
        Path corpus = corpusDirectory();
        List<JsonNode> golds = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                golds.add(json.readTree(line));
            }
        }
        assertThat(golds).as("pages in gold.jsonl").isNotEmpty();

        Map<String, Integer> rightByField = new LinkedHashMap<>();
        int pagesAllRight = 0;
        int truncationAgreements = 0;
        for (JsonNode gold : golds) {
            String file = gold.get("file").asString();
            Map<String, Comparison> comparisons = compare(gold, read(corpus.resolve(file)));
            comparisons.forEach((field, comparison) -> {
                rightByField.merge(field, comparison.right() ? 1 : 0, Integer::sum);
                if (NAME_FIELDS.contains(field) && !comparison.expected().equals(List.of())) {
                    System.out.printf(
                            "%s %s (%s)%n    gold: %s%n    read: %s%n",
                            file,
                            field,
                            comparison.right() ? "right, compared loosely" : "wrong",
                            comparison.expected(),
                            comparison.actual());
                } else if (!comparison.right()) {
                    System.out.printf(
                            "%s %s%n    gold: %s%n    read: %s%n",
                            file, field, comparison.expected(), comparison.actual());
                }
            });
            if (comparisons.values().stream().allMatch(Comparison::right)) {
                pagesAllRight++;
            }
            if (truncationAgrees(gold, corpus.resolve(file))) {
                truncationAgreements++;
            }
        }

        int total = golds.size();
        var table = new StringBuilder("%nField                 right / pages%n".formatted());
        rightByField.forEach((field, right) ->
                table.append("%-22s %5d / %d  %5.1f%%%n".formatted(field, right, total, 100.0 * right / total)));
        table.append("%-22s %5d / %d  %5.1f%%%n"
                .formatted("every field", pagesAllRight, total, 100.0 * pagesAllRight / total));
        table.append("%-22s %5d / %d  (not counted: gold also marks excerpts cut at a sentence end)%n"
                .formatted("truncated", truncationAgreements, total));
        System.out.println(table);

        assertThat((double) pagesAllRight / total)
                .as("share of corpus pages read right in every field%s", table)
                .isGreaterThanOrEqualTo(REQUIRED_SHARE_ALL_RIGHT);
    }

    private static Path corpusDirectory() {
        String configured = System.getProperty("dateline.corpus");
        if (configured != null && !configured.isBlank()) {
            Path directory = Path.of(configured);
            assertThat(directory.resolve("gold.jsonl"))
                    .as("-Ddateline.corpus must name a corpus directory")
                    .exists();
            return directory;
        }
        Path besideTheProject = Path.of("..", "shared", "corpus");
        String reason =
                "No legacy corpus: %s does not exist and -Ddateline.corpus is not set; skipping the accuracy test."
                        .formatted(besideTheProject.toAbsolutePath().normalize());
        if (!Files.isRegularFile(besideTheProject.resolve("gold.jsonl"))) {
            System.out.println(reason);
        }
        assumeTrue(Files.isRegularFile(besideTheProject.resolve("gold.jsonl")), reason);
        return besideTheProject;
    }

    private Result read(Path file) throws IOException {
        DecodedPage decoded = decoder.decode(Files.readAllBytes(file));
        assertThat(decoded.format()).as("format of %s", file).isEqualTo(PageFormat.SCRAPED_TEXT);
        try {
            return new Result(reader.read(decoded.text()), null);
        } catch (UnreadablePage unreadable) {
            return new Result(null, unreadable);
        }
    }

    private record Result(LegacyPage page, UnreadablePage failure) {}

    private record Comparison(Object expected, Object actual, boolean right) {

        static Comparison exact(Object expected, Object actual) {
            return new Comparison(expected, actual, Objects.equals(expected, actual));
        }
    }

    private Map<String, Comparison> compare(JsonNode gold, Result result) {
        Map<String, Comparison> comparisons = new LinkedHashMap<>();
        if (result.page() == null) {
            String failure = "UnreadablePage: " + result.failure().getMessage();
            for (String field : List.of(
                    "kind",
                    "title",
                    "date",
                    "place",
                    "dateline",
                    "body_first_sentence",
                    "source",
                    "fields_of_work",
                    "language")) {
                comparisons.put(field, new Comparison(gold.get(field), failure, false));
            }
            return comparisons;
        }
        LegacyPage page = result.page();
        String kind = text(gold, "kind");
        ContentType kindType = kind == null ? null : TYPES_OF_KINDS.get(kind);
        comparisons.put(
                "kind",
                new Comparison(
                        kind + " -> " + kindType,
                        page.typeLabel() + " -> " + page.type(),
                        Objects.equals(kind, page.typeLabel()) && Objects.equals(kindType, page.type())));
        comparisons.put("title", Comparison.exact(text(gold, "title"), page.title()));
        String date = text(gold, "date");
        comparisons.put("date", Comparison.exact(date == null ? null : LocalDate.parse(date), page.date()));
        comparisons.put("place", Comparison.exact(text(gold, "place"), page.place()));
        comparisons.put("dateline", Comparison.exact(text(gold, "dateline"), page.dateline()));
        comparisons.put(
                "body_first_sentence",
                Comparison.exact(
                        text(gold, "body_first_sentence"),
                        firstSentence(page.bodyParagraphs().get(0))));
        String source = text(gold, "source");
        List<String> goldSources = source == null ? List.of() : List.of(source);
        comparisons.put("source", looselyEqualNames(goldSources, page.sourceNames()));
        List<String> goldFields = new ArrayList<>();
        gold.get("fields_of_work").forEach(field -> goldFields.add(field.asString()));
        comparisons.put("fields_of_work", looselyEqualNames(goldFields, page.fieldOfWorkNames()));
        comparisons.put("language", Comparison.exact(text(gold, "language"), page.language()));
        return comparisons;
    }

    /**
     * Until the vocabulary resolves names, a raw name counts as right when it is gold's name give or take the
     * optional "OSCE " prefix and case ("OSCE Office for Democratic Institutions and Human Rights").
     */
    private static Comparison looselyEqualNames(List<String> gold, List<String> read) {
        Function<List<String>, List<String>> loose = names -> names.stream()
                .map(name -> name.strip().replaceFirst("^(?i)OSCE\\s+", "").toLowerCase(Locale.ROOT))
                .toList();
        return new Comparison(gold, read, loose.apply(gold).equals(loose.apply(read)));
    }

    private boolean truncationAgrees(JsonNode gold, Path file) throws IOException {
        Result result = read(file);
        return result.page() != null
                && gold.get("excerpt_truncated").asBoolean() == result.page().truncated();
    }

    private static String firstSentence(String paragraph) {
        Matcher end = SENTENCE_END.matcher(paragraph);
        while (end.find()) {
            String before = paragraph.substring(0, end.start());
            String lastWord = before.substring(before.lastIndexOf(' ') + 1);
            boolean initial = lastWord.length() == 1 && Character.isUpperCase(lastWord.charAt(0));
            if (!initial && !ABBREVIATIONS.contains(lastWord)) {
                return paragraph.substring(0, end.end()).strip();
            }
        }
        return paragraph.strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
