package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTests {

    private final DatelineParser parser = new DatelineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # paragraph                                                              | place                                  | date       | dateline                                          | rest
            MOSCOW, 6 December 2006 - An international workshop began today.         | MOSCOW                                 | 2006-12-06 | MOSCOW, 6 December 2006                           | An international workshop began today.
            VIENNA, 21 April 2021 – Participants met online.                         | VIENNA                                 | 2021-04-21 | VIENNA, 21 April 2021                             | Participants met online.
            BELGRADE, 9 September 2011 — The Head of Mission said:                   | BELGRADE                               | 2011-09-09 | BELGRADE, 9 September 2011                        | The Head of Mission said:
            KHUJAND, Tajikistan, 14 July 2016 – A workshop ended today.              | KHUJAND, Tajikistan                    | 2016-07-14 | KHUJAND, Tajikistan, 14 July 2016                 | A workshop ended today.
            VIENNA/BISHKEK, 11 February 2006 - Experts will meet.                    | VIENNA/BISHKEK                         | 2006-02-11 | VIENNA/BISHKEK, 11 February 2006                  | Experts will meet.
            SKOPJE / TETOVO, 3 May 2005 - Two offices opened.                        | SKOPJE / TETOVO                        | 2005-05-03 | SKOPJE / TETOVO, 3 May 2005                       | Two offices opened.
            VIENNA, 2 April, 2004 - The Permanent Council met.                       | VIENNA                                 | 2004-04-02 | VIENNA, 2 April, 2004                             | The Permanent Council met.
            WASHINGTON, December 6, 2006 - A hearing took place.                     | WASHINGTON                             | 2006-12-06 | WASHINGTON, December 6, 2006                      | A hearing took place.
            OSLO, March 9 2001 - Ministers gathered.                                 | OSLO                                   | 2001-03-09 | OSLO, March 9 2001                                | Ministers gathered.
            ASHGABAD, 14 June 2004 - A seminar opened.                               | ASHGABAD                               | 2004-06-14 | ASHGABAD, 14 June 2004                            | A seminar opened.
            TIRANA, DATE - The Presence welcomed the law.                            | TIRANA                                 |            | TIRANA, DATE                                      | The Presence welcomed the law.
            TIRANA, [DATE] - The Presence welcomed the law.                          | TIRANA                                 |            | TIRANA, [DATE]                                    | The Presence welcomed the law.
            МОСКВА, 6 декабря 2006 г. - Сегодня в Москве начался семинар.            | МОСКВА                                 | 2006-12-06 | МОСКВА, 6 декабря 2006 г.                         | Сегодня в Москве начался семинар.
            БИШКЕК, 15 марта 2010 – Центр провёл встречу.                            | БИШКЕК                                 | 2010-03-15 | БИШКЕК, 15 марта 2010                             | Центр провёл встречу.
            АСТАНА, 1 сентября 2009 года — Открылась конференция.                    | АСТАНА                                 | 2009-09-01 | АСТАНА, 1 сентября 2009 года                      | Открылась конференция.
            ДУШАНБЕ, 05.11.2012 - Завершился курс.                                   | ДУШАНБЕ                                | 2012-11-05 | ДУШАНБЕ, 05.11.2012                               | Завершился курс.
            WARSAW 3 March 1998                                                      | WARSAW                                 | 1998-03-03 | WARSAW 3 March 1998                               | ''
            SKOPJE, 7 May 2004 -                                                     | SKOPJE                                 | 2004-05-07 | SKOPJE, 7 May 2004                                | ''
            PRISTINA, 12 Dec. 2005 - Councils met.                                   | PRISTINA                               | 2005-12-12 | PRISTINA, 12 Dec. 2005                            | Councils met.
            SARAJEVO, 3 Sept 2003 - The Mission reported.                            | SARAJEVO                               | 2003-09-03 | SARAJEVO, 3 Sept 2003                             | The Mission reported.
            BAKU, 1st October 2008 - An office opened.                               | BAKU                                   | 2008-10-01 | BAKU, 1st October 2008                            | An office opened.
            VIENNA, Monday, 6 March 2006 - The Forum met.                            | VIENNA                                 | 2006-03-06 | VIENNA, Monday, 6 March 2006                      | The Forum met.
            Vienna, 18 November 2011 - The Representative spoke.                     | Vienna                                 | 2011-11-18 | Vienna, 18 November 2011                          | The Representative spoke.
            THE HAGUE, 4 May 2010 - The High Commissioner visited.                   | THE HAGUE                              | 2010-05-04 | THE HAGUE, 4 May 2010                             | The High Commissioner visited.
            CHISINAU,12 June 2004 - Ambassadors met.                                 | CHISINAU                               | 2004-06-12 | CHISINAU,12 June 2004                             | Ambassadors met.
            TBILISI, 2 July 2007-The Mission opened an office.                       | TBILISI                                | 2007-07-02 | TBILISI, 2 July 2007                              | The Mission opened an office.
            MINSK, 4 June 2002, - The Office reported.                               | MINSK                                  | 2002-06-04 | MINSK, 4 June 2002                                | The Office reported.
            JALAL-ABAD, Kyrgyzstan, 5 May 2011 - Police met residents.               | JALAL-ABAD, Kyrgyzstan                 | 2011-05-05 | JALAL-ABAD, Kyrgyzstan, 5 May 2011                | Police met residents.
            YEREVAN, 9 May 2009 -- A round table was held.                           | YEREVAN                                | 2009-05-09 | YEREVAN, 9 May 2009                               | A round table was held.
            KYIV, 31 April 2004 - The date does not exist.                           | KYIV                                   |            | KYIV, 31 April 2004                               | The date does not exist.
            BANJA LUKA, Bosnia and Herzegovina, 7 June 2005 - A court opened.        | BANJA LUKA, Bosnia and Herzegovina     | 2005-06-07 | BANJA LUKA, Bosnia and Herzegovina, 7 June 2005   | A court opened.
            ST. PETERSBURG, 5 July 2001 - Parliamentarians met.                      | ST. PETERSBURG                         | 2001-07-05 | ST. PETERSBURG, 5 July 2001                       | Parliamentarians met.
            VIENNA, 6 December 2006 - Text with a dash - inside it.                 | VIENNA                                 | 2006-12-06 | VIENNA, 6 December 2006                           | Text with a dash - inside it.
            """)
    void readsDatelineVariants(String paragraph, String place, LocalDate date, String dateline, String rest) {
        assertThat(parser.parse(paragraph)).contains(new Dateline(place, date, dateline, rest));
    }

    @Test
    void treatsANonBreakingSpaceAsASpace() {
        assertThat(parser.parse("VIENNA,\u00A06 December 2006\u00A0- The OSCE met."))
                .contains(
                        new Dateline("VIENNA", LocalDate.of(2006, 12, 6), "VIENNA, 6 December 2006", "The OSCE met."));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "From 26 to 28 June 2014, the OSCE Centre held a series of events.",
                "The OSCE High Commissioner delivered a statement on 12 July 2012.",
                "On 6 December 2006 - the first day - the workshop began.",
                "Today, 6 December 2006 - the workshop began.",
                "Vehicle search exercise conducted in Dushanbe, 18 November 2015. (OSCE / Jane Roe)",
                "Border Police VIENNA, 2 April 2004 - officers graduated.",
                "Ambassador Jane Roe, Head of the Mission (OSCE/John Doe) Photo details",
                "VIENNA - The OSCE welcomed the decision.",
                "6 December 2006 - The workshop began.",
                "MOSCOW, 6 December 2006 marked the start of the workshop.",
                "Newsroom",
                "- Date:"
            })
    void findsNoDatelineInOrdinaryText(String paragraph) {
        assertThat(parser.parse(paragraph)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void findsNoDatelineInNothing(String paragraph) {
        assertThat(parser.parse(paragraph)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Participants of a seminar in Tirana, 4 May 2005. (OSCE/Jane Doe)TIRANA, 4 May 2005 - The Presence opened a seminar. | TIRANA | 2005-05-04 | The Presence opened a seminar.
            Border police at a course. (OSCE/Jim Roe) Photo details SKOPJE, 10 August 2004 - Equipment was handed over.        | SKOPJE | 2004-08-10 | Equipment was handed over.
            Officers at the opening of the Academy, 2 March 2003. PRISTINA, 2 March 2003 – The Academy opened.                 | PRISTINA | 2003-03-02 | The Academy opened.
            """)
    void findsTheDatelineAfterAPhotoCaption(String paragraph, String place, LocalDate date, String rest) {
        assertThat(parser.parseAfterCaption(paragraph))
                .hasValueSatisfying(dateline -> assertThat(dateline)
                        .extracting(Dateline::place, Dateline::date, Dateline::rest)
                        .containsExactly(place, date, rest));
    }

    @Test
    void takesNoDatelineFromACaptionThatOnlyEndsWithADate() {
        assertThat(parser.parseAfterCaption(
                        "Vehicle search exercise conducted in Dushanbe, 18 November 2015. (OSCE / Jane Roe)"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            6 December 2006             | 2006-12-06
            06 December 2006            | 2006-12-06
            December 6, 2006            | 2006-12-06
            Wednesday, 6 December 2006  | 2006-12-06
            06.12.2006                  | 2006-12-06
            2006-12-06                  | 2006-12-06
            6-7 December 2006           | 2006-12-06
            6 – 7 December 2006         | 2006-12-06
            6 декабря 2006 г.           | 2006-12-06
            """)
    void readsMetadataDates(String value, LocalDate date) {
        assertThat(parser.parseDate(value)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "soon", "DATE", "6 December", "31 February 2006", "VIENNA, 6 December 2006"})
    void readsNoDateFromValuesThatShowNone(String value) {
        assertThat(parser.parseDate(value)).isEmpty();
    }
}
