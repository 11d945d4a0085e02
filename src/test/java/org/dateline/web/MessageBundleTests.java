package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.content.ContentType;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.Test;

/** Every key the site asks for exists, and every translation has exactly the keys of the English bundle. */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\.get\\(\"([a-z0-9.-]*[a-z0-9])\"\\s*[,)]");

    @Test
    void everyLiteralKeyInTemplatesAndWebCodeExists() throws IOException {
        Properties english = load(RESOURCES.resolve("messages.properties"));
        Set<String> used = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java/org/dateline/web"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).contains("site.name", "item.date", "error.status");
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void countsReadAsEnglishForNoneOneAndMany() throws IOException {
        Properties english = load(RESOURCES.resolve("messages.properties"));
        java.util.function.BiFunction<String, Long, String> say =
                (key, count) -> new java.text.MessageFormat(english.getProperty(key), java.util.Locale.ENGLISH)
                        .format(new Object[] {count});

        assertThat(say.apply("home.all-news", 1L)).isEqualTo("The one item in the newsroom");
        assertThat(say.apply("home.all-news", 2_500L)).isEqualTo("All 2,500 items in the newsroom");
        assertThat(say.apply("home.all-news", 0L)).isEqualTo("The newsroom");
        assertThat(say.apply("listing.items", 1L)).isEqualTo("One item, newest first");
        assertThat(say.apply("search.results", 0L)).isEqualTo("No results");
    }

    @Test
    void keysBuiltFromNamesExistForEveryValue() throws IOException {
        Properties english = load(RESOURCES.resolve("messages.properties"));
        List<String> expected = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            expected.add("type." + type.code());
            expected.add("type." + type.code() + ".plural");
        }
        for (Vocabulary vocabulary : Vocabulary.values()) {
            expected.add("vocabulary." + vocabulary.pathSegment());
            expected.add("vocabulary." + vocabulary.pathSegment() + ".intro");
        }
        for (String kind : List.of("400", "404", "500")) {
            expected.add("error." + kind + ".title");
            expected.add("error." + kind + ".message");
        }
        assertThat(english.stringPropertyNames()).containsAll(expected);
    }

    @Test
    void everyTranslationHasTheSameKeysAsEnglish() throws IOException {
        Set<String> english = load(RESOURCES.resolve("messages.properties")).stringPropertyNames();
        try (Stream<Path> bundles = Files.list(RESOURCES)) {
            for (Path bundle : bundles.filter(p -> p.getFileName().toString().matches("messages_.+\\.properties"))
                    .toList()) {
                assertThat(load(bundle).stringPropertyNames())
                        .as(bundle.toString())
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
