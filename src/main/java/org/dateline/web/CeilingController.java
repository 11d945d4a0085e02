package org.dateline.web;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A fixed 60 KB page from memory: what this server and machine can serve at best, measured in the same run as the
 * real pages so that benchmarks state each figure as a share of it. Not found unless {@code dateline.bench.ceiling} is
 * set: the setting is read when the server starts, not as a condition on the bean, which a prepared start (bean
 * definitions generated at build time) would fix at build time.
 */
@RestController
class CeilingController {

    static final int SIZE = 60 * 1024;
    private static final byte[] PAGE = page();

    private final boolean enabled;

    CeilingController(@Value("${dateline.bench.ceiling:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @GetMapping("/bench/ceiling")
    ResponseEntity<byte[]> ceiling() {
        if (!enabled) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
    }

    private static byte[] page() {
        StringBuilder html = new StringBuilder("<!doctype html><title>ceiling</title><p>");
        while (html.length() < SIZE - 4) {
            html.append("Dateline ");
        }
        html.setLength(SIZE - 4);
        return html.append("</p>").toString().getBytes(StandardCharsets.US_ASCII);
    }
}
