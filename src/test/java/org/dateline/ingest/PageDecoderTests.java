package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDecoderTests {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final PageDecoder decoder = new PageDecoder(10_000);

    @Test
    void decodesUtf8Text() {
        DecodedPage page = decoder.decode(utf8("Fictional title\nVIENNA, 2 April 2004 – Mijatović said “yes”."));

        assertThat(page.text()).isEqualTo("Fictional title\nVIENNA, 2 April 2004 – Mijatović said “yes”.");
        assertThat(page.format()).isEqualTo(PageFormat.SCRAPED_TEXT);
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void dropsAByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Fictional title"));

        assertThat(decoder.decode(bytes).text()).isEqualTo("Fictional title");
    }

    @Test
    void keepsTheTextOfAFileCutInsideItsLastCharacter() {
        byte[] whole = utf8("Fictional title\nThe Representative said “");
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);

        DecodedPage page = decoder.decode(cut);

        assertThat(page.text()).isEqualTo("Fictional title\nThe Representative said ");
        assertThat(page.warnings())
                .containsExactly("the file ends in the middle of a character; dropped its last 2 bytes");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertRejected(new byte[0], UnusableFile.Reason.EMPTY, "empty file");
    }

    @Test
    void rejectsAFileOfOnlyWhiteSpace() {
        assertRejected(utf8(" \n\t\n"), UnusableFile.Reason.EMPTY, "empty file: only white space");
        assertRejected(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                UnusableFile.Reason.EMPTY,
                "empty file: only white space");
    }

    @Test
    void rejectsAFileOverTheSizeLimit() {
        assertRejected(
                new byte[10_001],
                UnusableFile.Reason.TOO_LARGE,
                "too large: 10,001 bytes, over the limit of 10,000 bytes");
        assertThat(decoder.decode(utf8("x".repeat(10_000))).text()).hasSize(10_000);
    }

    @Test
    void rejectsAFileWithNulBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertRejected(png, UnusableFile.Reason.BINARY, "binary file: it contains NUL bytes");
    }

    @Test
    void rejectsAFileFullOfControlCharacters() {
        byte[] bytes = utf8("text\u0001\u0002\u0003\u0004 more text");

        assertRejected(bytes, UnusableFile.Reason.BINARY, "binary file: 4 control characters");
    }

    @Test
    void toleratesAStrayControlCharacterInLongText() {
        String text = "A sentence of ordinary text. ".repeat(10) + "\u000B" + "And more.";

        assertThat(decoder.decode(utf8(text)).text()).isEqualTo(text);
    }

    @Test
    void namesWindows1251ForCyrillicTextInTheLegacyEncoding() {
        byte[] bytes =
                "МОСКВА, 6 декабря 2006 г. - Сегодня в Москве открылся семинар ОБСЕ (OSCE).".getBytes(WINDOWS_1251);

        assertRejected(bytes, UnusableFile.Reason.NOT_UTF8, "not UTF-8: looks like windows-1251");
    }

    @Test
    void namesWindows1252ForLatinTextInTheLegacyEncoding() {
        byte[] bytes = "VIENNA, 2 April 2004 - The Représentant met the Minister in Zürich.".getBytes(WINDOWS_1252);

        assertRejected(bytes, UnusableFile.Reason.NOT_UTF8, "not UTF-8: looks like windows-1252");
    }

    @Test
    void namesWindows1252ForEnglishTextWithCurlyQuotes() {
        byte[] bytes = "“This is a breakthrough,” the Representative said.".getBytes(WINDOWS_1252);

        assertRejected(bytes, UnusableFile.Reason.NOT_UTF8, "not UTF-8: looks like windows-1252");
    }

    @Test
    void namesUtf16() {
        byte[] bytes = "\uFEFFFictional title".getBytes(StandardCharsets.UTF_16LE);

        assertRejected(bytes, UnusableFile.Reason.NOT_UTF8, "not UTF-8: looks like UTF-16");
    }

    @Test
    void rejectsMalformedBytesInTheMiddle() {
        byte[] bytes = concat(utf8("Fictional "), new byte[] {(byte) 0xE2, (byte) 0x80}, utf8(" title and more text"));

        assertThatExceptionOfType(UnusableFile.class)
                .isThrownBy(() -> decoder.decode(bytes))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(UnusableFile.Reason.NOT_UTF8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <!DOCTYPE html><html><body><h1>Title</h1></body></html>          | HTML
            <!doctype html>                                                   | HTML
            '   <HTML lang="en"><head></head></html>'                         | HTML
            <!-- saved from the old site --><body><h1>Title</h1></body>       | HTML
            {"title": "Fictional title", "type": "news"}                      | NDJSON
            '  {"title": "Fictional title"}'                                  | NDJSON
            Fictional title                                                   | SCRAPED_TEXT
            - Home                                                            | SCRAPED_TEXT
            VIENNA, 2 April 2004 - The Council met about <html> tags.         | SCRAPED_TEXT
            """)
    void tellsTheFormat(String text, PageFormat format) {
        assertThat(decoder.decode(utf8(text)).format()).isEqualTo(format);
    }

    @Test
    void tellsTheFormatAfterAByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{\"title\": \"x\"}"));

        assertThat(decoder.decode(bytes).format()).isEqualTo(PageFormat.NDJSON);
    }

    @Test
    void needsAPositiveSizeLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageDecoder(0));
    }

    private void assertRejected(byte[] bytes, UnusableFile.Reason reason, String message) {
        assertThatExceptionOfType(UnusableFile.class)
                .isThrownBy(() -> decoder.decode(bytes))
                .withMessage(message)
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
