package org.dateline.web;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fixed 60 KB page from memory: what this server and machine can serve at best, measured in the same run as the
 * real pages so that benchmarks state each figure as a share of it. Off unless {@code dateline.bench.ceiling} is set.
 */
@RestController
@ConditionalOnProperty(name = "dateline.bench.ceiling", havingValue = "true")
class CeilingController {

    static final int SIZE = 60 * 1024;
    private static final byte[] PAGE = page();

    @GetMapping("/bench/ceiling")
    ResponseEntity<byte[]> ceiling() {
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
