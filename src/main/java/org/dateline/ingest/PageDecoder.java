package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the bytes of a legacy file before any reader sees them: rejects empty, oversized, binary and non-UTF-8
 * files with the reason (naming the likely legacy encoding, windows-1251 or windows-1252, so the file can be
 * converted), and tells the format of the text it accepts.
 */
public final class PageDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern BODY_TAG = Pattern.compile("(?i)<body[\\s>]");

    /** Share of stray control characters above which a file is binary rather than text with a few glitches. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Share of non-ASCII letters among all letters above which legacy 8-bit text is Cyrillic rather than Latin. */
    private static final double MIN_CYRILLIC_SHARE = 0.3;

    private final long maxBytes;

    /** A decoder that rejects files larger than {@code maxBytes}. */
    public PageDecoder(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * The text of the file and its format.
     *
     * @throws UnusableFile when the file is empty, over the size limit, binary or not UTF-8
     */
    public DecodedPage decode(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        String text = text(bytes, warnings);
        return new DecodedPage(formatOf(text), text, warnings);
    }

    /**
     * The text of one line of a file whose format is known (an NDJSON line), checked as {@link #decode} checks a
     * file but without telling its format: looking for an HTML body tag in every line cost a twentieth of the
     * importing thread's time.
     *
     * @throws UnusableFile when the line is empty, over the size limit, binary or not UTF-8
     */
    public String decodeLine(byte[] bytes) {
        return text(bytes, new ArrayList<>());
    }

    private String text(byte[] bytes, List<String> warnings) {
        if (bytes.length == 0) {
            throw new UnusableFile(UnusableFile.Reason.EMPTY, "empty file");
        }
        if (bytes.length > maxBytes) {
            throw new UnusableFile(
                    UnusableFile.Reason.TOO_LARGE,
                    String.format(
                            Locale.ROOT, "too large: %,d bytes, over the limit of %,d bytes", bytes.length, maxBytes));
        }
        if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE) || startsWith(bytes, (byte) 0xFE, (byte) 0xFF)) {
            throw new UnusableFile(UnusableFile.Reason.NOT_UTF8, "not UTF-8: looks like UTF-16");
        }
        rejectBinary(bytes);
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        String text = decodeUtf8(bytes, start, warnings);
        if (text.isBlank()) {
            throw new UnusableFile(UnusableFile.Reason.EMPTY, "empty file: only white space");
        }
        return text;
    }

    private static void rejectBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnusableFile(UnusableFile.Reason.BINARY, "binary file: it contains NUL bytes");
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length * MAX_CONTROL_SHARE) {
            throw new UnusableFile(
                    UnusableFile.Reason.BINARY, "binary file: %d control characters".formatted(controls));
        }
    }

    private static String decodeUtf8(byte[] bytes, int start, List<String> warnings) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int position = in.position();
            // Scrapers cut pages at a byte count, sometimes inside a character: only that last character is lost.
            if (isIncompleteSequence(bytes, position)) {
                warnings.add("the file ends in the middle of a character; dropped its last %d bytes"
                        .formatted(bytes.length - position));
            } else {
                throw new UnusableFile(UnusableFile.Reason.NOT_UTF8, "not UTF-8: looks like " + legacyEncoding(bytes));
            }
        } else {
            decoder.flush(out);
        }
        return out.flip().toString();
    }

    /** Whether the bytes from {@code position} on are the beginning of a multi-byte character and nothing else. */
    private static boolean isIncompleteSequence(byte[] bytes, int position) {
        int lead = bytes[position] & 0xFF;
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
        int remaining = bytes.length - position;
        if (length == 0 || remaining >= length) {
            return false;
        }
        for (int i = position + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The 8-bit encoding legacy text most likely uses: in windows-1251 Cyrillic letters fill the upper half (most of
     * a Russian text's letters), in windows-1252 accented Latin letters there are a few among ASCII ones.
     */
    private static String legacyEncoding(byte[] bytes) {
        int asciiLetters = 0;
        int upperLetters = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                asciiLetters++;
            } else if (c >= 0xC0 || c == 0xA8 || c == 0xB8) {
                upperLetters++;
            }
        }
        int letters = asciiLetters + upperLetters;
        return letters > 0 && upperLetters > letters * MIN_CYRILLIC_SHARE ? "windows-1251" : "windows-1252";
    }

    private static PageFormat formatOf(String text) {
        String head = text.stripLeading();
        String lower = head.substring(0, Math.min(head.length(), 256)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype")
                || lower.startsWith("<html")
                || BODY_TAG.matcher(text).find()) {
            return PageFormat.HTML;
        }
        if (head.startsWith("{")) {
            return PageFormat.NDJSON;
        }
        return PageFormat.SCRAPED_TEXT;
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
