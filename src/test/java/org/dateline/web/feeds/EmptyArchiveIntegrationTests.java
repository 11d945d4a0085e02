package org.dateline.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A fresh installation without items still answers every feed, sitemap and OAI-PMH request validly. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.test.context=empty-archive"})
@AutoConfigureMockMvc
class EmptyArchiveIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    private byte[] ok(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void feedsAndCalendarsAreEmpty() throws Exception {
        Feed atom = (Feed) new WireFeedInput().build(new StringReader(text(ok("/feed.atom"))));
        Channel rss = (Channel) new WireFeedInput().build(new StringReader(text(ok("/countries/serbia/feed.rss"))));

        assertThat(atom.getEntries()).isEmpty();
        assertThat(atom.getUpdated()).isNotNull();
        assertThat(rss.getItems()).isEmpty();
        assertThat(text(ok("/events/calendar.ics")))
                .startsWith("BEGIN:VCALENDAR\r\n")
                .doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void sitemapIndexNamesOnlyTheListings() {
        byte[] index = ok("/sitemap.xml");
        XmlSchemas.validate(XmlSchemas.SITEMAP_INDEX, index);

        assertThat(Jsoup.parse(text(index), "", Parser.xmlParser())
                        .select("sitemap > loc")
                        .eachText())
                .containsExactly("http://localhost/sitemaps/listings-1.xml");
        XmlSchemas.validate(XmlSchemas.SITEMAP, ok("/sitemaps/listings-1.xml"));
        assertThat(mvc.get().uri("/sitemaps/items-1.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void oaiPmhIdentifiesAndFindsNoRecords() {
        byte[] identify = ok("/oai?verb=Identify");
        XmlSchemas.validate(XmlSchemas.OAI_PMH, identify);
        assertThat(text(identify)).contains("<earliestDatestamp>1970-01-01T00:00:00Z</earliestDatestamp>");

        byte[] records = ok("/oai?verb=ListRecords&metadataPrefix=oai_dc");
        XmlSchemas.validate(XmlSchemas.OAI_PMH, records);
        assertThat(text(records)).contains("code=\"noRecordsMatch\"");
    }
}
