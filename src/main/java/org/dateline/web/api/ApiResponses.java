package org.dateline.web.api;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * The caching every successful API answer carries: public, for a minute. The ETag is added from the body by the
 * filter {@link ApiConfiguration} installs, which also answers a matching If-None-Match with 304.
 */
final class ApiResponses {

    static final CacheControl CACHING =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private ApiResponses() {}

    static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CACHING).body(body);
    }

    /** The body, found under another address than its own, with its own address as Content-Location. */
    static <T> ResponseEntity<T> ok(T body, URI location) {
        return ResponseEntity.ok()
                .cacheControl(CACHING)
                .header("Content-Location", location.toString())
                .body(body);
    }
}
