package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@ApiTest
class AtomFeedTest {

    @Autowired
    WebTestClient client;

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private String feed(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.valueOf("application/atom+xml"))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void feedIsWellFormedAtomWithASelfLink() throws Exception {
        Document feed = parse(feed("/api/search.atom?q=serde"));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(AtomFeedWriter.ATOM_NS);
        assertThat(root.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "id").getLength())
                .isPositive();
        Element self = (Element)
                root.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).contains("/api/search.atom?q=serde");
    }

    @Test
    void entriesLinkToTheArticleAndTheIssue() throws Exception {
        Document feed = parse(feed("/api/search.atom?q=framework"));
        Element entry = (Element)
                feed.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "entry").item(0);
        var links = entry.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "link");
        assertThat(((Element) links.item(0)).getAttribute("href")).isEqualTo("https://crates.io/crates/serde");
        assertThat(((Element) links.item(1)).getAttribute("href")).isEqualTo(FixtureIssues.ISSUE_100.siteUrl());
    }

    @Test
    void entriesAreNewestFirst() throws Exception {
        Document feed = parse(feed("/api/search.atom?q=serde"));
        var updated = feed.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "entry");
        String first = ((Element) updated.item(0))
                .getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "updated")
                .item(0)
                .getTextContent();
        String last = ((Element) updated.item(updated.getLength() - 1))
                .getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "updated")
                .item(0)
                .getTextContent();
        assertThat(first).isGreaterThanOrEqualTo(last);
    }

    @Test
    void markupInTitlesIsEscapedText() throws Exception {
        String xml = feed("/api/search.atom?q=today");
        assertThat(xml).contains("Async traits &lt;b&gt;today&lt;/b&gt;");
        assertThat(parse(xml).getElementsByTagName("b").getLength()).isZero();
    }

    @Test
    void controlCharactersInTheQueryKeepTheFeedValid() throws Exception {
        String xml = client.get()
                .uri(b -> b.path("/api/search.atom").queryParam("q", "{q}").build("a\u0001b"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(parse(xml).getDocumentElement().getLocalName()).isEqualTo("feed");
    }
}
