package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dateline.content.ContentType;
import org.junit.jupiter.api.Test;

class HtmlPageReaderTests {

    private final HtmlPageReader reader = new HtmlPageReader();

    @Test
    void readsADrupalPressReleaseWithoutItsPageFurniture() {
        LegacyPage page = read("press-release.html");

        assertThat(page.type()).isEqualTo(ContentType.PRESS_RELEASE);
        assertThat(page.typeLabel()).isEqualTo("Press release");
        assertThat(page.title()).isEqualTo("OSCE Mission trains election officials in a fictional district");
        assertThat(page.date()).isEqualTo(LocalDate.of(2008, 3, 12));
        assertThat(page.place()).isEqualTo("PODGORICA");
        assertThat(page.sourceNames()).containsExactly("OSCE Mission to Montenegro");
        assertThat(page.fieldOfWorkNames()).containsExactly("Elections", "Democratization");
        assertThat(page.countryNames()).isEmpty();
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.dateline()).isEqualTo("PODGORICA, 12 March 2008");
        assertThat(page.bodyParagraphs())
                .containsExactly(
                        "Some 40 members of municipal election commissions in a fictional district today completed a"
                                + " two-day training course organized by the OSCE Mission to Montenegro.",
                        "The course covered the counting of ballots, the handling of complaints and the rights of"
                                + " observers.",
                        "“Well-trained commissions are the first safeguard of a credible vote,” said John Doe, a"
                                + " fictional Mission officer.",
                        "The training will be repeated in:",
                        "- two northern municipalities in April;",
                        "- the coastal municipalities in May.",
                        "The Mission has supported election administration since 2006.");
        assertThat(page.truncated()).isFalse();
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void readsAMinimalPageOfAHeadingAndParagraphs() {
        LegacyPage page = read("minimal.html");

        assertThat(page.title()).isEqualTo("OSCE Centre hosts round table on a fictional water law");
        assertThat(page.type()).isNull();
        assertThat(page.date()).isEqualTo(LocalDate.of(2004, 6, 14));
        assertThat(page.place()).isEqualTo("ASHGABAD");
        assertThat(page.dateline()).isEqualTo("ASHGABAD, 14 June 2004");
        assertThat(page.bodyParagraphs())
                .containsExactly(
                        "The OSCE Centre today hosted a round table on a draft water law prepared by a fictional"
                                + " ministry.",
                        "Experts from three countries commented on the draft.");
        assertThat(page.warnings()).containsExactly("the page shows no type label");
    }

    @Test
    void readsAMeetingWhoseMetadataIsADefinitionList() {
        LegacyPage page = read("meeting.html");

        assertThat(page.type()).isEqualTo(ContentType.EVENT);
        assertThat(page.typeLabel()).isEqualTo("Meeting");
        assertThat(page.title()).isEqualTo("Fictional conference on cyber security");
        assertThat(page.date()).isEqualTo(LocalDate.of(2014, 10, 6));
        assertThat(page.place()).isEqualTo("Vienna, Hofburg");
        assertThat(page.sourceNames()).containsExactly("OSCE Secretariat", "OSCE Chairmanship");
        assertThat(page.countryNames()).containsExactly("Austria");
        assertThat(page.fieldOfWorkNames()).containsExactly("Cyber/ICT Security");
        assertThat(page.dateline()).isNull();
        assertThat(page.bodyParagraphs())
                .containsExactly(
                        "The conference will discuss confidence-building measures between States in cyberspace.",
                        "Participants are asked to register by 30 September.");
    }

    @Test
    void readsABodyOfBareTextAndLineBreaksAndTakesTheTitleFromTheHead() {
        LegacyPage page = read("line-breaks.html");

        assertThat(page.title()).isEqualTo("OSCE Office supports fictional youth council");
        assertThat(page.dateline()).isEqualTo("BISHKEK, 9 October 2008");
        assertThat(page.bodyParagraphs())
                .containsExactly(
                        "The OSCE Office today supported the first meeting of a fictional youth council.",
                        "Twenty young people from five towns took part.",
                        "The council will meet again in December.");
        assertThat(page.warnings()).contains("took the title from the page's <title>: it shows no <h1>");
    }

    @Test
    void dropsOnlyTheSiteNameFromATitleTakenFromTheHead() {
        LegacyPage page = reader.read(
                "<html><head><title>Cross-border co-operation | OSCE</title></head><body><p>Text.</p></body></html>");

        assertThat(page.title()).isEqualTo("Cross-border co-operation");
    }

    @Test
    void readsACyrillicPageAsRussian() {
        LegacyPage page = reader.read("""
                <html><body>
                <h1>В Бишкеке прошёл семинар для молодёжи</h1>
                <p>БИШКЕК, 9 октября 2008 г. - Сегодня в Бишкеке прошёл семинар для молодёжи.</p>
                </body></html>
                """);

        assertThat(page.language()).isEqualTo("ru");
        assertThat(page.date()).isEqualTo(LocalDate.of(2008, 10, 9));
        assertThat(page.bodyParagraphs()).containsExactly("Сегодня в Бишкеке прошёл семинар для молодёжи.");
    }

    @Test
    void keepsALabelInsideRunningTextAsBodyText() {
        LegacyPage page = reader.read("""
                <html><body>
                <h1>Fictional title</h1>
                <p><strong>Note:</strong> the meeting is open to the press.</p>
                <p><strong>Source:</strong> a fictional ministry said so.</p>
                </body></html>
                """);

        assertThat(page.sourceNames()).isEmpty();
        assertThat(page.bodyParagraphs())
                .containsExactly("Note: the meeting is open to the press.", "Source: a fictional ministry said so.");
    }

    @Test
    void rejectsAPageWithNothingButNavigation() {
        assertThatExceptionOfType(UnreadablePage.class)
                .isThrownBy(() -> read("navigation-only.html"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(UnreadablePage.Reason.NO_TITLE));
    }

    @Test
    void rejectsAPageWithAHeadingButNoBody() {
        assertThatExceptionOfType(UnreadablePage.class)
                .isThrownBy(() ->
                        reader.read("<html><body><h1>Fictional title</h1><footer><p>©</p></footer></body></html>"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(UnreadablePage.Reason.NO_BODY))
                .withMessage("the page \"Fictional title\" shows no body text");
    }

    private LegacyPage read(String fixture) {
        try (InputStream in = HtmlPageReaderTests.class.getResourceAsStream("/ingest/html/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + fixture);
            }
            return reader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
