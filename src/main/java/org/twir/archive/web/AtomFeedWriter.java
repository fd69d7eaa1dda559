package org.twir.archive.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.twir.archive.search.SearchHit;
import org.twir.archive.search.SearchResult;

/**
 * Writes a search result as an Atom 1.0 feed (RFC 4287). {@link XMLStreamWriter} escapes all text; URLs come
 * from {@link SearchResponse} and are http(s) only. {@code updated} is the newest hit's date, so the feed
 * stays byte-identical (and its ETag valid) until the archive changes.
 */
final class AtomFeedWriter {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final LocalDate EPOCH = LocalDate.of(2013, 6, 1);

    private AtomFeedWriter() {}

    static String write(String query, SearchResult result, String selfUrl) {
        SearchResponse response = SearchResponse.of(query, result);
        LocalDate newest = result.hits().stream()
                .map(SearchHit::date)
                .max(Comparator.naturalOrder())
                .orElse(EPOCH);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            element(xml, "id", "urn:twir-archive:search:" + Integer.toHexString(selfUrl.hashCode()));
            element(
                    xml,
                    "title",
                    query.isBlank() ? "This Week in Rust archive" : "This Week in Rust archive: " + query);
            element(xml, "updated", timestamp(newest));
            link(xml, "self", selfUrl, "application/atom+xml");
            xml.writeStartElement("author");
            element(xml, "name", "This Week in Rust");
            element(xml, "uri", "https://this-week-in-rust.org/");
            xml.writeEndElement();
            element(xml, "generator", "TWiR Archive");
            for (SearchResponse.Hit hit : response.hits()) {
                entry(xml, hit);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // Only a bug can get here: the writer works on a StringWriter and escapes every text it is given.
            throw new IllegalStateException("could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, SearchResponse.Hit hit) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:twir-archive:entry:" + hit.id());
        element(xml, "title", hit.title());
        element(xml, "updated", timestamp(hit.date()));
        element(xml, "published", timestamp(hit.date()));
        if (!hit.url().isEmpty()) {
            link(xml, "alternate", hit.url(), null);
        }
        if (!hit.issueUrl().isEmpty()) {
            link(xml, "related", hit.issueUrl(), "text/html");
        }
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", xmlText(hit.category()));
        String issue = hit.issue() == null ? "a special issue" : "issue " + hit.issue();
        String summary = hit.description().isBlank()
                ? "Featured in This Week in Rust, " + issue + "."
                : hit.description() + " (This Week in Rust, " + issue + ")";
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlText(summary));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, @Nullable String type)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlText(href));
        if (type != null) {
            xml.writeAttribute("type", type);
        }
    }

    /**
     * Drops characters XML 1.0 cannot carry at all (control characters, lone surrogates); the writer escapes
     * markup characters but would pass these through and make the feed unparseable.
     */
    static String xmlText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_INSTANT.format(
                date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
