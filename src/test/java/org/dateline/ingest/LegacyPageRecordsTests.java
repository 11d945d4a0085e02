package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.content.ContentType;
import org.junit.jupiter.api.Test;

class LegacyPageRecordsTests {

    @Test
    void opensTheBodyWithTheDatelineAndAnEnDashAndEscapesText() {
        LegacyPage page = new LegacyPage(
                ContentType.NEWS,
                "News",
                "Title",
                LocalDate.of(2010, 5, 5),
                "BANJA LUKA",
                List.of("OSCE Secretariat", "ODIHR"),
                List.of("Migration"),
                List.of(),
                "en",
                "BANJA LUKA, 5 May 2010",
                List.of("The mission & its partners met <today>.", "Second paragraph."),
                false,
                List.of("a reader warning"));

        ItemRecord record = LegacyPageRecords.toRecord(page, "https://www.example.org/node/5", List.of("decoded"));

        assertThat(record.body())
                .isEqualTo("<p>BANJA LUKA, 5 May 2010 – The mission &amp; its partners met &lt;today&gt;.</p>"
                        + "<p>Second paragraph.</p>");
        assertThat(record.place()).isEqualTo("Banja Luka");
        assertThat(record.source()).isEqualTo(TermReference.named("OSCE Secretariat"));
        assertThat(record.fieldsOfWork()).containsExactly(TermReference.named("Migration"));
        assertThat(record.legacyUrl()).isEqualTo("https://www.example.org/node/5");
        assertThat(record.warnings())
                .containsExactly(
                        "decoded",
                        "a reader warning",
                        "the page names 2 sources; kept the first, \"OSCE Secretariat\", and left out [ODIHR]");
    }

    @Test
    void writesPlacesInCapitalsInTitleCase() {
        assertThat(LegacyPageRecords.placeName("MOSCOW")).isEqualTo("Moscow");
        assertThat(LegacyPageRecords.placeName("NIŠ")).isEqualTo("Niš");
        assertThat(LegacyPageRecords.placeName("BOSNIA AND HERZEGOVINA")).isEqualTo("Bosnia and Herzegovina");
        assertThat(LegacyPageRecords.placeName("VIENNA/ALMATY")).isEqualTo("Vienna/Almaty");
        assertThat(LegacyPageRecords.placeName("Almaty, Kazakhstan")).isEqualTo("Almaty, Kazakhstan");
        assertThat(LegacyPageRecords.placeName(null)).isNull();
    }
}
