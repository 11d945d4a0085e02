package org.dateline.web.feeds;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;

/** The schemas the feed tests validate against do reject what the protocols forbid. */
class XmlSchemasTests {

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String OAI = "xmlns=\"http://www.openarchives.org/OAI/2.0/\"";

    @Test
    void sitemapSchemaRequiresAnAbsoluteLocationAndAW3cDate() {
        XmlSchemas.validate(
                XmlSchemas.SITEMAP,
                bytes("<urlset xmlns='" + SITEMAPS + "'><url><loc>https://www.example.org/</loc>"
                        + "<lastmod>2020-01-01T00:00:00Z</lastmod></url></urlset>"));
        rejects(
                XmlSchemas.SITEMAP,
                "<urlset xmlns='" + SITEMAPS + "'><url><lastmod>2020-01-01</lastmod></url></urlset>");
        rejects(
                XmlSchemas.SITEMAP,
                "<urlset xmlns='" + SITEMAPS + "'><url><loc>https://www.example.org/</loc>"
                        + "<lastmod>yesterday</lastmod></url></urlset>");
        rejects(XmlSchemas.SITEMAP_INDEX, "<sitemapindex xmlns='" + SITEMAPS + "'/>");
    }

    @Test
    void oaiPmhSchemaRequiresTheEnvelopeUtcDatestampsAndDublinCoreElements() {
        String header =
                "<responseDate>2020-01-01T00:00:00Z</responseDate><request>https://www.example.org/oai</request>";
        XmlSchemas.validate(
                XmlSchemas.OAI_PMH,
                bytes("<OAI-PMH " + OAI + ">" + header + "<error code='badVerb'>No verb</error></OAI-PMH>"));
        rejects(XmlSchemas.OAI_PMH, "<OAI-PMH " + OAI + "><error code='badVerb'>No verb</error></OAI-PMH>");
        rejects(XmlSchemas.OAI_PMH, "<OAI-PMH " + OAI + ">" + header + "<error code='oops'>?</error></OAI-PMH>");
        String record = "<GetRecord><record><header><identifier>oai:example.org:1</identifier>"
                + "<datestamp>%s</datestamp></header><metadata>"
                + "<oai_dc:dc xmlns:oai_dc='http://www.openarchives.org/OAI/2.0/oai_dc/'"
                + " xmlns:dc='http://purl.org/dc/elements/1.1/'>%s</oai_dc:dc></metadata></record></GetRecord>";
        XmlSchemas.validate(
                XmlSchemas.OAI_PMH,
                bytes("<OAI-PMH " + OAI + ">" + header
                        + record.formatted("2020-01-01T00:00:00Z", "<dc:title>A title</dc:title>") + "</OAI-PMH>"));
        rejects(
                XmlSchemas.OAI_PMH,
                "<OAI-PMH " + OAI + ">" + header + record.formatted("2020-01-01T00:00:00+01:00", "") + "</OAI-PMH>");
        rejects(
                XmlSchemas.OAI_PMH,
                "<OAI-PMH " + OAI + ">" + header
                        + record.formatted("2020-01-01T00:00:00Z", "<dc:headline>A title</dc:headline>")
                        + "</OAI-PMH>");
    }

    private static void rejects(Schema schema, String document) {
        assertThatThrownBy(() -> XmlSchemas.validate(schema, bytes(document))).isInstanceOf(AssertionError.class);
    }

    private static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }
}
