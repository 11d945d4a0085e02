package org.dateline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalendarLinesTests {

    @Test
    void escapesBackslashSemicolonCommaAndLineBreaksInText() {
        assertThat(CalendarWriter.text("Vienna; Austria, 2025\\2026\r\nsecond line\nthird"))
                .isEqualTo("Vienna\\; Austria\\, 2025\\\\2026\\nsecond line\\nthird");
    }

    @Test
    void dropsControlCharactersButKeepsTabs() {
        assertThat(CalendarWriter.text("a\u0000b\u0007c\td")).isEqualTo("abc\td");
    }

    @Test
    void quotesParameterValuesWithoutTheirQuotes() {
        assertThat(CalendarWriter.parameter("The \"Forum\"; Prague, CZ")).isEqualTo("\"The Forum; Prague, CZ\"");
    }

    @Test
    void endsShortLinesWithCrlfUnfolded() {
        StringBuilder out = new StringBuilder();
        new CalendarWriter.Lines(out).add("SUMMARY:Short");
        assertThat(out).hasToString("SUMMARY:Short\r\n");
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String value = "SUMMARY:" + "Конференция ОБСЕ по вопросам безопасности, 2025 – ".repeat(4) + "€𝄞";
        StringBuilder out = new StringBuilder();
        new CalendarWriter.Lines(out).add(value);

        String folded = out.toString();
        assertThat(folded).endsWith("\r\n");
        String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertThat(lines.length).isGreaterThan(3);
        assertThat(Arrays.stream(lines).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length))
                .allMatch(octets -> octets <= 75);
        // Every line but the last is full to within one character of 75 octets.
        assertThat(Arrays.stream(lines, 0, lines.length - 1)
                        .mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length))
                .allMatch(octets -> octets >= 72);
        assertThat(Arrays.stream(lines, 1, lines.length)).allMatch(line -> line.startsWith(" "));
        String unfolded = folded.replace("\r\n ", "");
        assertThat(unfolded).isEqualTo(value + "\r\n");
    }
}
