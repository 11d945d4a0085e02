package org.dateline.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Public pages as last rendered, compressed, each with the validator it was rendered under: a page is sent again only
 * while its validator is the current one, so nothing kept outlives a change of what it shows. Readers whose browser
 * takes gzip (all of them) get the kept bytes as they are; others get them inflated, which costs a tenth of rendering.
 *
 * <p>Two thirds of a page are its menus, the same bytes on every page in a language on a day. They are compressed and
 * kept once; a page keeps what comes before and after them, compressed on its own. The three parts are raw deflate
 * streams that stop at a byte boundary without ending (a sync flush) but for the last, so written one after the
 * other, between a gzip header and trailer, they are one gzip stream. An item page then keeps about 4 KB.
 *
 * <p>Bounded by bytes ({@code dateline.site.page-cache-size}, by default an eighth of the heap); which pages stay is
 * decided by how often they are asked for, not only how recently, so readers going round more pages than fit still
 * find most of them.
 */
@Component
class RenderedPages {

    /** Gzip, deflate, no flags, no time, no extra flags, unknown system (RFC 1952). */
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private static final byte[] NONE = new byte[0];

    private final boolean keeping;
    private final Cache<String, Page> kept;
    /** The compressed form of each shared part, for as long as its bytes are in use. */
    private final Map<byte[], byte[]> sharedParts = Collections.synchronizedMap(new WeakHashMap<>());

    RenderedPages(@Value("${dateline.site.page-cache-size:#{null}}") DataSize size) {
        long bytes = size != null ? size.toBytes() : Runtime.getRuntime().maxMemory() / 8;
        this.keeping = bytes > 0;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, bytes))
                .weigher((String address, Page page) -> address.length() * 2 + page.weight())
                .build();
    }

    /**
     * A kept page: before the shared part, the shared part (empty when the page had none), after it, each deflated
     * on its own; the whole page's checksum and length for the gzip trailer.
     */
    private record Page(
            String validator,
            byte[] before,
            byte[] shared,
            byte[] after,
            int crc,
            int length,
            String contentType,
            Locale locale) {

        int weight() {
            return before.length + after.length + 64;
        }
    }

    /** Sends the page kept for the address if it was rendered under this validator; false when there is none. */
    boolean send(String address, String validator, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Page page = kept.getIfPresent(address);
        if (page == null || !page.validator().equals(validator)) {
            return false;
        }
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        ServletOutputStream out = response.getOutputStream();
        if (acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(
                    GZIP_HEADER.length + page.before().length + page.shared().length + page.after().length + 8);
            out.write(GZIP_HEADER);
            out.write(page.before());
            out.write(page.shared());
            out.write(page.after());
            out.write(trailer(page));
        } else {
            response.setContentLength(page.length());
            out.write(inflate(page), 0, page.length());
        }
        return true;
    }

    /**
     * Keeps the page as sent for the address, rendered under the validator, in place of what was kept before;
     * {@code shared} is a part that many pages show (the menus), kept once if the page shows it.
     */
    void keep(String address, String validator, byte[] page, byte[] shared, HttpServletResponse response) {
        if (!keeping) {
            return;
        }
        int at = shared == null ? -1 : indexOf(page, shared);
        byte[] before = deflate(page, 0, at < 0 ? page.length : at, at < 0);
        byte[] sharedPart = NONE;
        byte[] after = NONE;
        if (at >= 0) {
            sharedPart = sharedParts.computeIfAbsent(shared, bytes -> deflate(bytes, 0, bytes.length, false));
            after = deflate(page, at + shared.length, page.length - at - shared.length, true);
        }
        CRC32 crc = new CRC32();
        crc.update(page);
        Page compressed = new Page(
                validator,
                before,
                sharedPart,
                after,
                (int) crc.getValue(),
                page.length,
                response.getContentType(),
                response.getLocale());
        kept.put(address, compressed);
    }

    /** How many pages are kept. */
    long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    /** How many bytes the kept pages count against the budget. */
    long keptBytes() {
        kept.cleanUp();
        return kept.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (headers != null && headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].trim();
                if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                    return !refused(parts);
                }
            }
        }
        return false;
    }

    /** True for {@code q=0}, which says the coding is not acceptable. */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim()) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    static int indexOf(byte[] page, byte[] part) {
        if (part.length == 0) {
            return -1;
        }
        for (int i = 0, last = page.length - part.length; i <= last; i++) {
            if (page[i] == part[0] && Arrays.equals(page, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    // The fastest level: a page is compressed once per change of the archive, 0.1 ms for 36 KB, 20% larger than at
    // the default level. A part that is not the last ends with a sync flush: an empty stored block, byte-aligned, that
    // does not end the stream, and the next part's deflater refers to nothing before it.
    private static byte[] deflate(byte[] bytes, int offset, int length, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes, offset, length);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int written =
                        deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
                if (last ? deflater.finished() : written < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    /** The page inflated, in an array one byte longer than the page. */
    private static byte[] inflate(Page page) {
        Inflater inflater = new Inflater(true);
        try {
            // One byte to spare, so that the end of the stream is read even when the page fills the rest.
            byte[] inflated = new byte[page.length() + 1];
            int length = 0;
            for (byte[] part : new byte[][] {page.before(), page.shared(), page.after()}) {
                inflater.setInput(part);
                while (!inflater.needsInput() && !inflater.finished()) {
                    int read = inflater.inflate(inflated, length, inflated.length - length);
                    if (read == 0 && !inflater.needsInput() && !inflater.finished()) {
                        throw new IllegalStateException("A kept page does not inflate to its length");
                    }
                    length += read;
                }
            }
            if (!inflater.finished() || length != page.length()) {
                throw new IllegalStateException("A kept page inflated to " + length + " bytes, not " + page.length());
            }
            return inflated;
        } catch (DataFormatException e) {
            throw new IllegalStateException("A kept page does not inflate", e);
        } finally {
            inflater.end();
        }
    }

    /** The gzip trailer: the checksum and length of the uncompressed page, little-endian. */
    private static byte[] trailer(Page page) {
        int crc = page.crc();
        int length = page.length();
        return new byte[] {
            (byte) crc,
            (byte) (crc >>> 8),
            (byte) (crc >>> 16),
            (byte) (crc >>> 24),
            (byte) length,
            (byte) (length >>> 8),
            (byte) (length >>> 16),
            (byte) (length >>> 24)
        };
    }
}
