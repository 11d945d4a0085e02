package org.dateline.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin streaming XML writer for the feeds, sitemaps and OAI-PMH responses: elements go straight to the
 * output, so a response of any length needs constant memory. Characters XML 1.0 cannot carry are dropped.
 */
final class Xml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter out;

    Xml(OutputStream stream) {
        try {
            this.out = FACTORY.createXMLStreamWriter(stream, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** The document's root element, in {@code namespace} as the default namespace. */
    Xml root(String namespace, String name) {
        try {
            out.setDefaultNamespace(namespace);
            out.writeStartElement("", name, namespace);
            out.writeDefaultNamespace(namespace);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element in a namespace already declared with {@link #namespace}. */
    Xml start(String namespace, String name) {
        try {
            out.writeStartElement(namespace, name);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element in a namespace it declares itself, with the prefix. */
    Xml start(String prefix, String namespace, String name) {
        try {
            out.setPrefix(prefix, namespace);
            out.writeStartElement(prefix, name, namespace);
            out.writeNamespace(prefix, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    Xml start(String name) {
        try {
            out.writeStartElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Declares a prefixed namespace on the element just started. */
    Xml namespace(String prefix, String namespace) {
        try {
            out.setPrefix(prefix, namespace);
            out.writeNamespace(prefix, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    Xml attribute(String name, String value) {
        if (value == null) {
            return this;
        }
        try {
            out.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    Xml attribute(String namespace, String name, String value) {
        try {
            out.writeAttribute(namespace, name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** The language of the element just started, as {@code xml:lang}; nothing when null. */
    Xml lang(String language) {
        return xmlAttribute("lang", language);
    }

    /** The URI relative references inside the element just started resolve against, as {@code xml:base}. */
    Xml base(String uri) {
        return xmlAttribute("base", uri);
    }

    private Xml xmlAttribute(String name, String value) {
        if (value == null) {
            return this;
        }
        try {
            out.writeAttribute("xml", XMLConstants.XML_NS_URI, name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    Xml text(String text) {
        try {
            out.writeCharacters(clean(text));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    Xml end() {
        try {
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A whole element with text; nothing when the text is null. */
    Xml element(String name, String text) {
        return text == null ? this : start(name).text(text).end();
    }

    Xml element(String namespace, String name, String text) {
        return text == null ? this : start(namespace, name).text(text).end();
    }

    Xml flush() {
        try {
            out.flush();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            out.writeEndDocument();
            out.flush();
            out.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An instant to the second in UTC, e.g. {@code 2006-12-06T09:00:00Z}: RFC 3339, W3C datetime and OAI-PMH alike. */
    static String utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.substring(0, i));
            } else if (allowed && cleaned != null) {
                cleaned.append(c);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    private static RuntimeException failed(XMLStreamException e) {
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException("Writing XML failed", e);
    }
}
