package org.dateline.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its bytes alone: Tika's magic-number detection, and for ZIP containers a look at the entry
 * names (Word and Excel documents, OpenDocument text). The name and the declared type are not consulted; the name
 * only has to agree with what was detected.
 */
final class FileTypes {

    /** A type Dateline accepts, with the extensions a file of that type may have (the first is the usual one). */
    record Allowed(String contentType, MediaKind kind, String label, List<String> extensions) {}

    static final List<Allowed> ALLOWED = List.of(
            new Allowed("image/jpeg", MediaKind.IMAGE, "JPEG", List.of("jpg", "jpeg")),
            new Allowed("image/png", MediaKind.IMAGE, "PNG", List.of("png")),
            new Allowed("image/gif", MediaKind.IMAGE, "GIF", List.of("gif")),
            new Allowed("image/webp", MediaKind.IMAGE, "WebP", List.of("webp")),
            new Allowed("application/pdf", MediaKind.DOCUMENT, "PDF", List.of("pdf")),
            new Allowed(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    MediaKind.DOCUMENT,
                    "Word (DOCX)",
                    List.of("docx")),
            new Allowed(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    MediaKind.DOCUMENT,
                    "Excel (XLSX)",
                    List.of("xlsx")),
            new Allowed(
                    "application/vnd.oasis.opendocument.text",
                    MediaKind.DOCUMENT,
                    "OpenDocument text (ODT)",
                    List.of("odt")),
            new Allowed("text/plain", MediaKind.DOCUMENT, "plain text", List.of("txt")));

    static final String ACCEPTED = "JPEG, PNG, GIF or WebP images; PDF, DOCX, XLSX, ODT or plain text documents";

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileTypes() {}

    /** The content type of the file's bytes, e.g. {@code image/png}, {@code text/html}, {@code application/zip}. */
    static String detect(Path file) throws IOException {
        if (startsWith(file, ZIP)) {
            return zipContainer(file);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // No resource name in the metadata: the bytes decide alone.
            return TIKA.detect(in, new Metadata()).getBaseType().toString();
        }
    }

    static Optional<Allowed> allowed(String contentType) {
        return ALLOWED.stream()
                .filter(allowed -> allowed.contentType().equals(contentType))
                .findFirst();
    }

    /** A readable name for a detected type that is not accepted, for the message that refuses it. */
    static String describe(String contentType) {
        return switch (contentType) {
            case "text/html", "application/xhtml+xml" -> "an HTML page";
            case "image/svg+xml" -> "an SVG image";
            case "application/zip" -> "a ZIP archive";
            case "application/x-msdownload", "application/x-dosexec", "application/x-executable" -> "a program";
            case "application/octet-stream" -> "of no recognized type";
            default -> "of the type " + contentType;
        };
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String zipContainer(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    // OpenDocument names its type in this first, stored entry; a few bytes are enough.
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (declared.equals("application/vnd.oasis.opendocument.text")) {
                        return declared;
                    }
                }
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (zip.getEntry("word/document.xml") != null) {
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
            }
            return "application/zip";
        } catch (java.util.zip.ZipException broken) {
            return "application/octet-stream";
        }
    }

    private static boolean startsWith(Path file, byte[] prefix) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(prefix.length);
            return java.util.Arrays.equals(head, prefix);
        }
    }
}
