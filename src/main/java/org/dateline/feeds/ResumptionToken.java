package org.dateline.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a harvest stands: the original {@code metadataPrefix}, {@code set}, {@code from} and {@code until}
 * as given, and the last record sent, (change time, id). It is a keyset cursor, not an offset, so items
 * published, changed or withdrawn between two requests neither shift nor repeat the records still to come.
 */
record ResumptionToken(
        String metadataPrefix, String set, String from, String until, Instant afterChange, UUID afterId) {

    private static final String VERSION = "1";

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, afterChange);
        String plain = String.join(
                "\n",
                VERSION,
                metadataPrefix,
                nullable(set),
                nullable(from),
                nullable(until),
                Long.toString(micros),
                afterId.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws OaiError badResumptionToken for anything {@link #encode()} did not write */
    static ResumptionToken decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", -1);
            if (parts.length != 7 || !parts[0].equals(VERSION)) {
                throw bad(token);
            }
            Instant after = Instant.EPOCH.plus(Long.parseLong(parts[5]), ChronoUnit.MICROS);
            return new ResumptionToken(
                    parts[1], orNull(parts[2]), orNull(parts[3]), orNull(parts[4]), after, UUID.fromString(parts[6]));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw bad(token);
        }
    }

    private static OaiError bad(String token) {
        return new OaiError("badResumptionToken", "The resumption token " + token + " is invalid");
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
