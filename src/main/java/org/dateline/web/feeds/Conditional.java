package org.dateline.web.feeds;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional GET for everything derived from the archive: the validator is the archive's last change
 * (any item, any status) with the response's address and base URL, so a 304 costs one indexed query and
 * any publication, change or withdrawal invalidates every feed.
 */
final class Conditional {

    private Conditional() {}

    /** True when the client's copy is current (the response is a 304 then); otherwise sets the caching headers. */
    static boolean notModified(
            ServletWebRequest request, HttpServletResponse response, Instant lastChange, String... variant) {
        // Weak, because the server may compress the response, and Tomcat compresses none with a strong ETag.
        String etag = "W/\"" + hash(lastChange, variant) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        return request.checkNotModified(
                etag, lastChange.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
    }

    /**
     * As {@link #notModified}, by {@code ETag} alone, for what the search index answers: the index follows the archive
     * a moment later, so the archive's last change cannot date it, and the index's version is among the variants.
     */
    static boolean notModifiedByTag(
            ServletWebRequest request, HttpServletResponse response, Instant lastChange, String... variant) {
        String etag = "W/\"" + hash(lastChange, variant) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        return request.checkNotModified(etag);
    }

    private static String hash(Instant lastChange, String... variant) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(lastChange.toString().getBytes(StandardCharsets.UTF_8));
            for (String part : variant) {
                digest.update((byte) 0);
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
