package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.dateline.content.ContentType;
import org.dateline.content.ItemStatus;
import org.junit.jupiter.api.Test;

class ItemNdjsonTests {

    private final ItemNdjson ndjson = new ItemNdjson();

    @Test
    void readsEveryKeyOfTheItemShape() {
        ItemRecord record = ndjson.read("""
                {"id":"6f1c0e8e-2b47-4d0c-9d43-1f2a3b4c5d6e","type":"event","language":"en",\
                "translation_group":"6f1c0e8e-2b47-4d0c-9d43-1f2a3b4c5d6e","slug":"forum-opens",\
                "title":"Forum opens","summary":"A forum.","body":"<p>VIENNA, 2 March 2026 – Text.</p>",\
                "dateline":"VIENNA, 2 March 2026","date":"2026-03-02","time":"09:30","timezone":"Europe/Vienna",\
                "place":"Vienna","source":{"slug":"secretariat"},\
                "fields_of_work":[{"slug":"migration","name":"Migration"},"Border management"],\
                "countries":[{"name":"Austria"}],"meeting_type":{"slug":"economic-and-environmental-forum"},\
                "status":"published","published_at":"2026-03-01T10:00:00Z","legacy_url":"https://example.org/a/1"}""");

        assertThat(record.id()).isEqualTo(UUID.fromString("6f1c0e8e-2b47-4d0c-9d43-1f2a3b4c5d6e"));
        assertThat(record.type()).isEqualTo(ContentType.EVENT);
        assertThat(record.translationGroup()).isEqualTo(record.id());
        assertThat(record.slug()).isEqualTo("forum-opens");
        assertThat(record.title()).isEqualTo("Forum opens");
        assertThat(record.summary()).isEqualTo("A forum.");
        assertThat(record.body()).isEqualTo("<p>VIENNA, 2 March 2026 – Text.</p>");
        assertThat(record.dateline()).isEqualTo("VIENNA, 2 March 2026");
        assertThat(record.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(record.time()).isEqualTo(LocalTime.of(9, 30));
        assertThat(record.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        assertThat(record.place()).isEqualTo("Vienna");
        assertThat(record.source()).isEqualTo(new TermReference("secretariat", null));
        assertThat(record.fieldsOfWork())
                .containsExactly(new TermReference("migration", "Migration"), TermReference.named("Border management"));
        assertThat(record.countries()).containsExactly(TermReference.named("Austria"));
        assertThat(record.meetingType()).isEqualTo(new TermReference("economic-and-environmental-forum", null));
        assertThat(record.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(record.publishedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(record.legacyUrl()).isEqualTo("https://example.org/a/1");
    }

    @Test
    void ignoresKeysItDoesNotKnowAndTakesMissingKeysAsAbsent() {
        ItemRecord record = ndjson.read("{\"title\":\"Short\",\"rating\":5,\"tags\":[\"x\"],\"url\":\"/x\"}");

        assertThat(record.title()).isEqualTo("Short");
        assertThat(record.id()).isNull();
        assertThat(record.date()).isNull();
        assertThat(record.source()).isNull();
        assertThat(record.fieldsOfWork()).isEmpty();
        assertThat(record.status()).isNull();
    }

    @Test
    void readsEverySampleItem() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/sample/items.ndjson")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }

        List<ItemRecord> records = lines.stream().map(ndjson::read).toList();

        assertThat(records).hasSize(43).allSatisfy(record -> {
            assertThat(record.title()).isNotBlank();
            assertThat(record.date()).isNotNull();
            assertThat(record.status()).isEqualTo(ItemStatus.PUBLISHED);
            assertThat(record.source()).isNotNull();
        });
    }

    @Test
    void refusesLinesThatAreNoItemSayingWhy() {
        assertThatThrownBy(() -> ndjson.read("{\"title\": \"cut off"))
                .isInstanceOf(InvalidItemLine.class)
                .hasMessageStartingWith("invalid JSON: ");
        assertThatThrownBy(() -> ndjson.read("[1, 2]"))
                .isInstanceOf(InvalidItemLine.class)
                .hasMessage("not a JSON object");
        assertThatThrownBy(() -> ndjson.read("{\"date\": \"6 December 2006\"}"))
                .isInstanceOf(InvalidItemLine.class)
                .hasMessageStartingWith("\"date\" holds no valid value: \"6 December 2006\"");
        assertThatThrownBy(() -> ndjson.read("{\"type\": \"blog-post\"}"))
                .isInstanceOf(InvalidItemLine.class)
                .hasMessageStartingWith("\"type\" holds no valid value: \"blog-post\" (unknown type \"blog-post\")");
        assertThatThrownBy(() -> ndjson.read("{\"title\": 12}"))
                .isInstanceOf(InvalidItemLine.class)
                .hasMessage("\"title\" must be a string, not 12");
        assertThatThrownBy(() -> ndjson.read("{\"countries\": \"Austria\"}"))
                .isInstanceOf(InvalidItemLine.class)
                .hasMessage("\"countries\" must be a list of terms, not \"Austria\"");
        assertThatThrownBy(() -> ndjson.read("{\"source\": {\"id\": 4}}"))
                .isInstanceOf(InvalidItemLine.class)
                .hasMessage("a term in \"source\" has neither a slug nor a name: {\"id\":4}");
    }
}
