package org.dateline.media;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The pixel size of a JPEG, PNG, GIF or WebP image, read from its header without decoding it (a decoded image could
 * be far larger than its file). The item page gives it as width and height, so that the page does not jump.
 */
record ImageSize(int width, int height) {

    static Optional<ImageSize> of(Path file, String contentType) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            ImageSize size = switch (contentType) {
                case "image/png" -> png(in);
                case "image/gif" -> gif(in);
                case "image/webp" -> webp(in);
                case "image/jpeg" -> jpeg(in);
                default -> null;
            };
            return Optional.ofNullable(size).filter(s -> s.width() > 0 && s.height() > 0);
        } catch (EOFException truncated) {
            return Optional.empty();
        }
    }

    private static ImageSize png(DataInputStream in) throws IOException {
        in.skipNBytes(16); // signature, IHDR length and name
        return new ImageSize(in.readInt(), in.readInt());
    }

    private static ImageSize gif(DataInputStream in) throws IOException {
        in.skipNBytes(6);
        return new ImageSize(littleEndian16(in), littleEndian16(in));
    }

    private static ImageSize webp(DataInputStream in) throws IOException {
        byte[] header = in.readNBytes(30);
        if (header.length < 30) {
            return null;
        }
        String chunk = new String(header, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> new ImageSize(1 + uint24(header, 24), 1 + uint24(header, 27));
            case "VP8L" -> {
                long bits = (header[21] & 0xFFL)
                        | (header[22] & 0xFFL) << 8
                        | (header[23] & 0xFFL) << 16
                        | (header[24] & 0xFFL) << 24;
                yield new ImageSize((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8 " ->
                new ImageSize(
                        ((header[26] & 0xFF) | (header[27] & 0xFF) << 8) & 0x3FFF,
                        ((header[28] & 0xFF) | (header[29] & 0xFF) << 8) & 0x3FFF);
            default -> null;
        };
    }

    // Walks the segments up to the first start-of-frame marker, which holds the size.
    private static ImageSize jpeg(DataInputStream in) throws IOException {
        in.skipNBytes(2);
        while (true) {
            int marker = in.readUnsignedByte();
            if (marker != 0xFF) {
                return null;
            }
            int type = in.readUnsignedByte();
            while (type == 0xFF) {
                type = in.readUnsignedByte();
            }
            if (type == 0xD8 || type == 0x01 || (type >= 0xD0 && type <= 0xD7)) {
                continue;
            }
            if (type == 0xD9 || type == 0xDA) {
                return null;
            }
            int length = in.readUnsignedShort();
            if (type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC) {
                in.skipNBytes(1);
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                return new ImageSize(width, height);
            }
            if (length < 2) {
                return null;
            }
            in.skipNBytes(length - 2);
        }
    }

    private static int littleEndian16(InputStream in) throws IOException {
        int low = in.read();
        int high = in.read();
        if ((low | high) < 0) {
            throw new EOFException();
        }
        return low | high << 8;
    }

    private static int uint24(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16;
    }
}
