package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dateline.content.ContentType;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.Test;

class ScrapedPageReaderTests {

    private final ScrapedPageReader reader = new ScrapedPageReader();

    @Test
    void readsAPageBehindTheFullSiteNavigationAsTheSeedPageIsLaidOut() {
        LegacyPage page = read("full-navigation.txt");

        assertThat(page.type()).isEqualTo(ContentType.PRESS_RELEASE);
        assertThat(page.type().code()).isEqualTo("press-release");
        assertThat(page.typeLabel()).isEqualTo("Press release");
        assertThat(page.title())
                .isEqualTo("Regional seminar in Moscow reviews cross-border water management in Central Asia");
        assertThat(page.date()).isEqualTo(LocalDate.of(2006, 12, 6));
        assertThat(page.place()).isEqualTo("MOSCOW");
        assertThat(page.sourceNames()).containsExactly("OSCE Secretariat");
        assertThat(page.fieldOfWorkNames()).containsExactly("Economic activities");
        assertThat(page.countryNames()).isEmpty();
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.dateline()).isEqualTo("MOSCOW, 6 December 2006");
        assertThat(page.bodyParagraphs()).hasSize(5);
        assertThat(page.bodyParagraphs().get(0))
                .isEqualTo("A regional seminar on the shared management of rivers that cross borders in Central Asia"
                        + " opened in Moscow today.");
        assertThat(page.bodyParagraphs())
                .last()
                .isEqualTo("A report summarizing the seminar's recommendations will be published in the spring.");
        assertThat(page.truncated()).isFalse();
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void handsEachVocabularyItsRawNames() {
        LegacyPage page = read("event.txt");

        assertThat(page.namesIn(Vocabulary.STRUCTURE))
                .containsExactly("OSCE Transnational Threats Department", "OSCE Chairmanship");
        assertThat(page.namesIn(Vocabulary.FIELD_OF_WORK))
                .containsExactly("Countering terrorism", "Cyber/ICT Security");
        assertThat(page.namesIn(Vocabulary.COUNTRY)).containsExactly("Austria");
        assertThat(page.namesIn(Vocabulary.MEETING_TYPE)).isEmpty();
    }

    @Test
    void readsAMeetingWithLocationOrganizersAndCountriesFromItsMetadata() {
        LegacyPage page = read("event.txt");

        assertThat(page.type()).isEqualTo(ContentType.EVENT);
        assertThat(page.typeLabel()).isEqualTo("Meeting");
        assertThat(page.date()).isEqualTo(LocalDate.of(2011, 3, 14));
        assertThat(page.place()).isEqualTo("Vienna, Hofburg");
        assertThat(page.dateline()).isNull();
        assertThat(page.bodyParagraphs())
                .containsExactly(
                        "The conference brings together officials and experts to discuss how the Internet is used"
                                + " to radicalize young people.",
                        "Registration closes one week before the conference.");
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void dropsASubSiteMenuAndReadsIssuedByAndACommaSeparatedFieldsLine() {
        LegacyPage page = read("subsite-navigation.txt");

        assertThat(page.type()).isEqualTo(ContentType.NEWS);
        assertThat(page.typeLabel()).isEqualTo("News Item");
        assertThat(page.title()).isEqualTo("ODIHR trains prosecutors on hate crime cases in a fictional district");
        assertThat(page.date()).isNull();
        assertThat(page.sourceNames()).containsExactly("OSCE Office for Democratic Institutions and Human Rights");
        assertThat(page.fieldOfWorkNames()).containsExactly("Human rights", "Tolerance and non-discrimination");
        assertThat(page.warnings()).containsExactly("the page shows no date");
    }

    @Test
    void dropsTheLeadAboveTheMetadataWhenTheBodyRepeatsIt() {
        LegacyPage page = read("subsite-navigation.txt");

        assertThat(page.bodyParagraphs()).hasSize(3);
        assertThat(page.bodyParagraphs().get(0))
                .endsWith("on 3-4 March 2015. The course is part of a longer programme.");
    }

    @Test
    void keepsALeadAboveTheMetadataThatTheBodyDoesNotRepeat() {
        LegacyPage page = reader.read("""
                News Item
                Fictional title
                A summary that the body does not repeat.
                - Issued by:
                - OSCE Mission to Moldova
                The body starts differently.
                """);

        assertThat(page.bodyParagraphs())
                .containsExactly("A summary that the body does not repeat.", "The body starts differently.");
    }

    @Test
    void dropsASubSiteHeadingAboveTheTypeLabelAndTheContactsBelowTheBody() {
        LegacyPage page = read("subsite-heading.txt");

        assertThat(page.typeLabel()).isEqualTo("News");
        assertThat(page.type()).isEqualTo(ContentType.NEWS);
        assertThat(page.title())
                .isEqualTo("Media freedom representative welcomes new access-to-information law in a fictional State");
        assertThat(page.bodyParagraphs())
                .hasSize(3)
                .last()
                .isEqualTo("The Office had commented on two drafts of the law.");
    }

    @Test
    void readsTheNewsroomLayoutDroppingThePlaceAndDateLineTheImageAndItsCaption() {
        LegacyPage page = read("newsroom.txt");

        assertThat(page.title()).isEqualTo("OSCE Presence opens legal aid office in a northern town");
        assertThat(page.date()).isEqualTo(LocalDate.of(2005, 5, 4));
        assertThat(page.place()).isEqualTo("TIRANA");
        assertThat(page.dateline()).isEqualTo("TIRANA, 4 May 2005");
        assertThat(page.bodyParagraphs())
                .containsExactly(
                        "The OSCE Presence in Albania today opened a legal aid office that will give free advice to"
                                + " residents of a northern town.",
                        "The office will be staffed by two lawyers and is funded for two years.",
                        "\"Everyone should be able to ask a lawyer a question,\" said a Presence spokesperson.");
        assertThat(page.warnings()).containsExactly("the page shows no type label");
    }

    @Test
    void dropsAPhotoAndItsCaptionInTheMiddleOfTheBody() {
        LegacyPage page = reader.read("""
                Fictional title
                VIENNA, 3 March 2005 - The round table opened today.
                ![](https://www.example.org/files/round-table.jpg)
                Participants of the round table (OSCE/Jane Roe) Photo details
                It ended in the evening.
                """);

        assertThat(page.bodyParagraphs()).containsExactly("The round table opened today.", "It ended in the evening.");
    }

    @Test
    void readsABareTitleAndDateline() {
        LegacyPage page = read("bare-title-dateline.txt");

        assertThat(page.type()).isNull();
        assertThat(page.typeLabel()).isNull();
        assertThat(page.title())
                .isEqualTo("OSCE Representative on Freedom of the Media criticizes closure of a fictional newspaper");
        assertThat(page.date()).isEqualTo(LocalDate.of(2011, 11, 18));
        assertThat(page.place()).isEqualTo("VIENNA");
        assertThat(page.dateline()).isEqualTo("VIENNA, 18 November 2011");
        assertThat(page.sourceNames()).isEmpty();
        assertThat(page.fieldOfWorkNames()).isEmpty();
        assertThat(page.bodyParagraphs().get(0))
                .isEqualTo("The OSCE Representative on Freedom of the Media today criticized the closure of the Daily"
                        + " Example, a fictional newspaper.");
    }

    @Test
    void leavesDateAndPlaceEmptyForATitleAndLeadWithoutDateline() {
        LegacyPage page = read("title-lead-no-dateline.txt");

        assertThat(page.title()).isEqualTo("OSCE Mission helps municipal safety councils revise their rules");
        assertThat(page.date()).isNull();
        assertThat(page.place()).isNull();
        assertThat(page.dateline()).isNull();
        assertThat(page.bodyParagraphs().get(0)).startsWith("From 5 to 7 June 2012, members of municipal");
        assertThat(page.warnings()).containsExactly("the page shows no type label", "the page shows no date");
    }

    @Test
    void flagsAPageCutOffMidWord() {
        LegacyPage page = read("truncated.txt");

        assertThat(page.truncated()).isTrue();
        assertThat(page.bodyParagraphs()).last().asString().endsWith("in two other regions of the cou");
        assertThat(page.warnings())
                .contains("the page is cut off mid-sentence: \"…e course in two other regions of the cou\"");
    }

    @Test
    void doesNotFlagAPageEndingInALinkAsCutOff() {
        LegacyPage page = reader.read("""
                Fictional title
                The text of the statement can be found here: //www.example.org/statement/123
                """);

        assertThat(page.truncated()).isFalse();
    }

    @Test
    void readsARussianPage() {
        LegacyPage page = read("russian.txt");

        assertThat(page.language()).isEqualTo("ru");
        assertThat(page.type()).isEqualTo(ContentType.PRESS_RELEASE);
        assertThat(page.typeLabel()).isEqualTo("Пресс-релиз");
        assertThat(page.title()).isEqualTo("В Москве открылся региональный семинар по управлению водными ресурсами");
        assertThat(page.date()).isEqualTo(LocalDate.of(2006, 12, 6));
        assertThat(page.place()).isEqualTo("МОСКВА");
        assertThat(page.dateline()).isEqualTo("МОСКВА, 6 декабря 2006 г.");
        assertThat(page.sourceNames()).containsExactly("Секретариат ОБСЕ");
        assertThat(page.fieldOfWorkNames()).containsExactly("Экономическая деятельность");
        assertThat(page.bodyParagraphs().get(0))
                .isEqualTo("Сегодня в Москве открылся региональный семинар по совместному управлению трансграничными"
                        + " реками.");
    }

    @Test
    void readsAMonthDayYearDateline() {
        LegacyPage page = read("month-day-year.txt");

        assertThat(page.date()).isEqualTo(LocalDate.of(2006, 12, 6));
        assertThat(page.place()).isEqualTo("WASHINGTON");
        assertThat(page.dateline()).isEqualTo("WASHINGTON, December 6, 2006");
    }

    @Test
    void takesDateAndPlaceFromTheDatelineWhenTheMetadataValuesAreEmpty() {
        LegacyPage page = read("empty-metadata-values.txt");

        assertThat(page.date()).isEqualTo(LocalDate.of(2008, 10, 12));
        assertThat(page.place()).isEqualTo("SARAJEVO");
        assertThat(page.sourceNames()).isEmpty();
        assertThat(page.fieldOfWorkNames()).containsExactly("Elections");
        assertThat(page.bodyParagraphs().get(0))
                .isEqualTo("Municipal elections held on Sunday were generally well administered, the OSCE observers"
                        + " said at a press conference today.");
    }

    @Test
    void keepsTheDatelineAsWrittenWithItsOddComma() {
        LegacyPage page = read("odd-commas.txt");

        assertThat(page.type()).isEqualTo(ContentType.STATEMENT);
        assertThat(page.date()).isEqualTo(LocalDate.of(2004, 4, 2));
        assertThat(page.dateline()).isEqualTo("VIENNA, 2 April, 2004");
    }

    @Test
    void readsNoDateFromADatePlaceholderAndKeepsAMisspeltPlace() {
        LegacyPage page = read("date-placeholder.txt");

        assertThat(page.date()).isNull();
        assertThat(page.place()).isEqualTo("ASHGABAD");
        assertThat(page.dateline()).isEqualTo("ASHGABAD, DATE");
        assertThat(page.bodyParagraphs().get(0))
                .isEqualTo("The OSCE Centre held a round table today on a draft water law prepared by a fictional"
                        + " ministry.");
        assertThat(page.warnings()).contains("the dateline \"ASHGABAD, DATE\" shows no usable date");
    }

    @Test
    void doesNotTakeAPhotoCaptionRunningIntoTheDatelineForThePlace() {
        LegacyPage page = read("caption-into-dateline.txt");

        assertThat(page.place()).isEqualTo("SHKODRA");
        assertThat(page.date()).isEqualTo(LocalDate.of(2007, 5, 14));
        assertThat(page.dateline()).isEqualTo("SHKODRA, 14 May 2007");
        assertThat(page.bodyParagraphs())
                .containsExactly(
                        "Thirty pupils have completed a mediation course at a school supported by the OSCE Presence.",
                        "The course taught pupils how to help classmates settle disputes without violence.");
    }

    @Test
    void dropsAPhotoCaptionAboveTheDateline() {
        LegacyPage page = read("caption-before-dateline.txt");

        assertThat(page.place()).isEqualTo("DUSHANBE");
        assertThat(page.dateline()).isEqualTo("DUSHANBE, 18 November 2015");
        assertThat(page.bodyParagraphs().get(0)).startsWith("A ten-day course on document security");
        assertThat(page.warnings()).containsExactly("the page shows no type label");
    }

    @Test
    void warnsAboutAnUnmarkedLineDroppedAboveTheDateline() {
        LegacyPage page = reader.read("""
                Fictional title
                Participants of the round table.
                VIENNA, 3 March 2005 - The round table opened today.
                """);

        assertThat(page.bodyParagraphs()).containsExactly("The round table opened today.");
        assertThat(page.warnings())
                .contains("dropped \"Participants of the round table.\" above the dateline as a caption");
    }

    @Test
    void readsADatelineStandingAloneAboveTheLead() {
        LegacyPage page = reader.read("""
                Fictional title
                VIENNA, 3 March 2005 -
                The round table opened today.
                """);

        assertThat(page.dateline()).isEqualTo("VIENNA, 3 March 2005");
        assertThat(page.bodyParagraphs()).containsExactly("The round table opened today.");
    }

    @Test
    void readsAPageWhoseTextOpensWithItsDatelineWithoutATitle() {
        LegacyPage page = read("dateline-without-title.txt");

        assertThat(page.title()).isNull();
        assertThat(page.date()).isEqualTo(LocalDate.of(2020, 9, 11));
        assertThat(page.place()).isEqualTo("COPENHAGEN");
        assertThat(page.bodyParagraphs()).hasSize(2);
        assertThat(page.warnings()).contains("the page shows no title: its text opens with the dateline");
    }

    @Test
    void takesNoTitleFromAPlaceAndDateLine() {
        LegacyPage page = reader.read("""
                Newsroom
                WARSAW 3 March 1998
                WARSAW, 3 March 1998 - The Chairman-in-Office today called for a dialogue.
                """);

        assertThat(page.title()).isNull();
        assertThat(page.dateline()).isEqualTo("WARSAW, 3 March 1998");
        assertThat(page.bodyParagraphs()).containsExactly("The Chairman-in-Office today called for a dialogue.");
    }

    @Test
    void keepsTheMetadataDateAndWarnsWhenTheDatelineDiffers() {
        LegacyPage page = reader.read("""
                Press release
                Fictional title
                - Date: 7 December 2006
                - Place:
                - MOSCOW
                MOSCOW, 6 December 2006 - A workshop began today.
                """);

        assertThat(page.date()).isEqualTo(LocalDate.of(2006, 12, 7));
        assertThat(page.warnings())
                .containsExactly(
                        "the metadata date 2006-12-07 differs from the dateline's 2006-12-06; kept the metadata date");
    }

    @Test
    void warnsAboutUnreadableDatesAndUnknownLabelsInTheMetadata() {
        LegacyPage page = reader.read("""
                Press release
                Fictional title
                - Date:
                - sometime in winter
                - Tags:
                - Water
                - Fields of work:
                - Migration
                The text.
                """);

        assertThat(page.date()).isNull();
        assertThat(page.fieldOfWorkNames()).containsExactly("Migration");
        assertThat(page.warnings())
                .containsExactly(
                        "ignored the metadata label \"Tags\"",
                        "unreadable date in the metadata: \"sometime in winter\"",
                        "the page shows no date");
    }

    @Test
    void dropsParagraphsAMirrorRepeats() {
        LegacyPage page = reader.read("""
                Fictional title
                VIENNA, 3 March 2005 - The round table on water law opened today in Vienna.
                Experts from three countries took part in the discussion of the draft law.
                The draft will go to parliament in the autumn, the ministry said today.
                Experts from three countries took part in the discussion of the draft law.
                The draft will go to parliament in the autumn, the minis
                """);

        assertThat(page.bodyParagraphs())
                .containsExactly(
                        "The round table on water law opened today in Vienna.",
                        "Experts from three countries took part in the discussion of the draft law.",
                        "The draft will go to parliament in the autumn, the ministry said today.");
        assertThat(page.truncated()).isTrue();
        assertThat(page.warnings()).contains("dropped 2 repeated paragraph(s)");
    }

    @Test
    void rejectsAPageWithNothingButNavigation() {
        assertThatExceptionOfType(UnreadablePage.class)
                .isThrownBy(() -> read("navigation-only.txt"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(UnreadablePage.Reason.NO_TITLE))
                .withMessage("the page shows neither a title nor body text");
    }

    @Test
    void rejectsAPageWithATitleButNoBody() {
        assertThatExceptionOfType(UnreadablePage.class)
                .isThrownBy(() -> read("title-only.txt"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(UnreadablePage.Reason.NO_BODY))
                .withMessage("the page \"OSCE Mission publishes annual report\" shows no body text");
    }

    @Test
    void rejectsAPageWhoseFirstLineIsAParagraphRatherThanATitle() {
        String paragraph = "The Mission held a long meeting with many participants from many institutions, ".repeat(4)
                + "and it ended late.";

        assertThatExceptionOfType(UnreadablePage.class)
                .isThrownBy(() -> reader.read(paragraph + "\nThe second paragraph."))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(UnreadablePage.Reason.NO_TITLE));
    }

    @Test
    void rejectsAnEmptyText() {
        assertThatExceptionOfType(UnreadablePage.class)
                .isThrownBy(() -> reader.read("\n  \n"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(UnreadablePage.Reason.NO_TITLE));
    }

    private LegacyPage read(String fixture) {
        return reader.read(fixture(fixture));
    }

    private static String fixture(String name) {
        try (InputStream in = ScrapedPageReaderTests.class.getResourceAsStream("/ingest/scraped/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
