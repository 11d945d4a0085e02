package org.dateline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Tiny but real files of every accepted type (and some refused ones), made in memory with their true magic bytes. */
public final class MediaSamples {

    private MediaSamples() {}

    /** A 3 × 2 pixel image in an ImageIO format: png, jpg or gif. */
    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A lossless WebP header of a 3 × 2 image (enough for type and size; browsers would need the pixels too). */
    public static byte[] webp() {
        ByteBuffer buffer = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32);
        buffer.put("WEBP".getBytes(StandardCharsets.US_ASCII));
        buffer.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(20);
        buffer.put((byte) 0x2f).putInt((3 - 1) | (2 - 1) << 14);
        return buffer.array();
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        return zip(Map.of(
                "[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w:document/>"));
    }

    public static byte[] xlsx() {
        return zip(Map.of(
                "[Content_Types].xml", "<Types/>",
                "xl/workbook.xml", "<workbook/>"));
    }

    public static byte[] odt() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("content.xml", "<office:document-content/>");
        return zip(entries);
    }

    public static byte[] text() {
        return "Annual report, plain text.\nSecond line.\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes followed by zeros up to the size. */
    public static byte[] padded(byte[] bytes, int size) {
        return Arrays.copyOf(bytes, size);
    }

    // The first entry stored uncompressed, as OpenDocument requires of its mimetype entry.
    private static byte[] zip(Map<String, String> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            boolean first = true;
            for (var entry : entries.entrySet()) {
                byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (first) {
                    var crc = new CRC32();
                    crc.update(content);
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(content.length);
                    zipEntry.setCrc(crc.getValue());
                    first = false;
                }
                zip.putNextEntry(zipEntry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
