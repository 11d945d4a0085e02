package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The corpus generator: deterministic per seed, fast, and every line an item the importer's reader accepts. */
class CorpusGeneratorTests {

    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([a-z0-9-]+)\"");

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertThat(generate(200, 42)).isEqualTo(generate(200, 42)).isNotEqualTo(generate(200, 43));
    }

    @Test
    void everyLineIsAnItemOfTheImportersReaderWithVocabularyTermsAndABodyOf200To1200Words() throws IOException {
        Set<String> vocabulary = vocabularySlugs();
        ItemNdjson reader = new ItemNdjson();
        Set<String> languages = new HashSet<>();
        Set<String> types = new HashSet<>();

        for (String line : generate(500, 7).split("\n")) {
            ItemRecord item = reader.read(line);
            languages.add(item.language());
            types.add(item.type().code());
            assertThat(item.title()).isNotBlank();
            assertThat(item.date()).isBetween(java.time.LocalDate.of(1995, 1, 1), java.time.LocalDate.of(2026, 12, 31));
            assertThat(item.body()).startsWith("<p>" + item.dateline() + " – ");
            int words = item.body().replaceAll("<[^>]+>", " ").trim().split("\\s+").length;
            assertThat(words).isBetween(200, 1300);
            assertThat(item.fieldsOfWork()).isNotEmpty();
            assertThat(item.countries()).hasSize(1);
            assertThat(item.source()).isNotNull();
            Matcher slugs = SLUG.matcher(line);
            while (slugs.find()) {
                assertThat(vocabulary).contains(slugs.group(1));
            }
        }

        assertThat(languages).contains("en", "ru", "fr");
        assertThat(types).contains("press-release", "news", "statement", "event", "publication");
    }

    @Test
    void aFewFieldsOfWorkDominate() throws IOException {
        String corpus = generate(2000, 3);
        long elections = count(corpus, "{\"slug\":\"elections\"}");
        long youth = count(corpus, "{\"slug\":\"youth\"}");
        assertThat(elections).isGreaterThan(5 * Math.max(1, youth));
    }

    private static long count(String text, String part) {
        long count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String generate(int items, long seed) throws IOException {
        StringWriter out = new StringWriter();
        generator().write(items, seed, out);
        return out.toString();
    }

    private static CorpusGenerator generator() {
        return CorpusGenerator.forVocabulary(vocabulary());
    }

    private static InputStream vocabulary() {
        return CorpusGeneratorTests.class.getResourceAsStream("/vocabulary/osce.json");
    }

    private static Set<String> vocabularySlugs() throws IOException {
        try (InputStream in = vocabulary()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Set<String> slugs = new HashSet<>();
            Matcher matcher = Pattern.compile("\"slug\": ?\"([a-z0-9-]+)\"").matcher(text);
            while (matcher.find()) {
                slugs.add(matcher.group(1));
            }
            return slugs;
        }
    }
}
