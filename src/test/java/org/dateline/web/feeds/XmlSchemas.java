package org.dateline.web.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The protocols' XML schemas from {@code src/test/resources/xsd}, read without network access. */
final class XmlSchemas {

    static final Schema SITEMAP = load("sitemap.xsd");
    static final Schema SITEMAP_INDEX = load("siteindex.xsd");
    static final Schema OAI_PMH = load("OAI-PMH.xsd", "oai_dc.xsd");

    private XmlSchemas() {}

    /** @throws AssertionError naming the first violation when the document does not validate */
    static void validate(Schema schema, byte[] document) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            throw new AssertionError("Invalid: " + e.getMessage() + "\n" + new String(document), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema load(String... names) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            Source[] sources = Arrays.stream(names)
                    .map(name -> {
                        URL url = XmlSchemas.class.getResource("/xsd/" + name);
                        return new StreamSource(url.toExternalForm());
                    })
                    .toArray(Source[]::new);
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
