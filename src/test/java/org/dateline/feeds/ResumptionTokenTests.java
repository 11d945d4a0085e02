package org.dateline.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResumptionTokenTests {

    private final ResumptionToken token = new ResumptionToken(
            "oai_dc",
            "structure:mission-to-serbia",
            "2020-01-01",
            null,
            Instant.parse("2026-03-02T08:00:00.123456Z"),
            UUID.fromString("7b0c9c52-2a39-4a4f-a2a4-0f3cf6a9d2c1"));

    @Test
    void decodesWhatItEncodedToTheMicrosecond() {
        assertThat(ResumptionToken.decode(token.encode())).isEqualTo(token);
    }

    @Test
    void isUrlSafe() {
        assertThat(token.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void rejectsGarbageTruncatedAndAlteredTokensAsBadResumptionTokens() {
        String encoded = token.encode();
        String altered = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)
                        .replace("7b0c9c52-2a39-4a4f-a2a4-0f3cf6a9d2c1", "not-a-uuid")
                        .getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {"", "%%%", "abc", encoded.substring(0, encoded.length() / 2), altered}) {
            assertThatThrownBy(() -> ResumptionToken.decode(bad))
                    .isInstanceOfSatisfying(
                            OaiError.class, error -> assertThat(error.code()).isEqualTo("badResumptionToken"));
        }
    }
}
