package org.twir.archive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WebUrlsTest {

    @Test
    void keepsHttpsUrls() {
        assertThat(WebUrls.httpOrNull("https://crates.io/crates/serde")).isEqualTo("https://crates.io/crates/serde");
    }

    @Test
    void dropsJavascriptUrls() {
        assertThat(WebUrls.httpOrNull("javascript:alert(1)")).isNull();
    }

    @Test
    void dropsJavascriptUrlsWrittenInMixedCase() {
        assertThat(WebUrls.httpOrNull(" JavaScript:alert(1)")).isNull();
    }

    @Test
    void dropsDataUrls() {
        assertThat(WebUrls.httpOrNull("data:text/html,<script>x</script>")).isNull();
    }

    @Test
    void dropsRelativeUrls() {
        assertThat(WebUrls.httpOrEmpty("/blog/2015/")).isEmpty();
    }

    @Test
    void domainIsTheLowerCaseHostWithoutWww() {
        assertThat(WebUrls.domain("https://WWW.Example.COM/Path?q=1")).isEqualTo("example.com");
    }

    @Test
    void domainDropsUserInfoAndPort() {
        assertThat(WebUrls.domain("http://user:secret@blog.example.org:8080/x")).isEqualTo("blog.example.org");
    }

    @Test
    void domainKeepsHostsThatJavaNetUriRejects() {
        // An underscore is not allowed in a host name by java.net.URI, but such links are in the archive.
        assertThat(WebUrls.domain("https://my_blog.example.com/post")).isEqualTo("my_blog.example.com");
    }

    @Test
    void domainOfALinkWithoutSchemeIsEmpty() {
        assertThat(WebUrls.domain("example.com/a")).isEmpty();
        assertThat(WebUrls.domain("/blog/2015/")).isEmpty();
        assertThat(WebUrls.domain("mailto:someone@example.com")).isEmpty();
    }

    @Test
    void domainNeedsASchemeAtTheStart() {
        assertThat(WebUrls.domain("see https://example.com")).isEmpty();
    }

    /**
     * A URL the quick check takes as a plain web link is one {@link URI} parses as http(s) with a host (the rule it
     * spares parsing for); whatever it leaves, URI decides as before. Checked on URLs built at random from hosts,
     * ports, user info, escapes and the characters URI treats specially, and on the shapes it must leave to URI.
     */
    @Test
    void aPlainWebUrlIsOneUriParsesAsHttpWithAHost() {
        List<String> schemes = List.of("http://", "https://", "HTTPS://", "ftp://", "https:/", "");
        List<String> hosts = List.of(
                "example.com",
                "docs.rs",
                "a.b",
                "ex-ample.co.uk",
                "xn--bcher-kva.example",
                "123.com",
                "1.2.3.4",
                "example.123",
                "a.b.c.123",
                "-bad.com",
                "bad-.com",
                "exa_mple.com",
                "example.com.",
                "a..b",
                "localhost",
                "",
                "user@example.com",
                "example.com:8080",
                "example.com:",
                "[::1]",
                "exämple.com");
        String pieces = "aZ09-_.!~*'():@&=+$,;/?#[]%|{}^`\\\" <>é\t";
        String legal = "aZ09-_.!~*'():@&=+$,;/?#[]";
        Random random = new Random(3);
        int plain = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder url = new StringBuilder(schemes.get(random.nextInt(schemes.size())))
                    .append(hosts.get(random.nextInt(hosts.size())));
            for (int j = random.nextInt(12); j > 0; j--) {
                // Mostly what URI allows in a path, query or fragment; sometimes anything.
                String from = random.nextInt(5) < 4 ? legal : pieces;
                int k = random.nextInt(from.length() + 3);
                url.append(
                        k < from.length()
                                ? String.valueOf(from.charAt(k))
                                : List.of("%7E", "%zz", "%4").get(k - from.length()));
            }
            String candidate = url.toString();
            if (WebUrls.plainWebUrl(candidate)) {
                plain++;
                assertThat(parsedAsWebWithHost(candidate)).as(candidate).isTrue();
                assertThat(WebUrls.httpOrNull(candidate)).isEqualTo(candidate);
            }
        }
        assertThat(plain).as("plain URLs among the random ones").isGreaterThan(300);
        assertThat(List.of(
                        "https://crates.io/crates/serde",
                        "http://github.com/a/b?x=[1]&y=%7E#top",
                        "https://blog.example.com/2020/01/01/post.html"))
                .allMatch(WebUrls::plainWebUrl);
        assertThat(List.of(
                        "https://example.com:8080/",
                        "https://user@example.com/",
                        "https://1.2.3.4/",
                        "https://example.com./",
                        "https://exa_mple.com/",
                        "https://example.com/a b",
                        "https://example.com/ä",
                        "HTTPS://example.com/"))
                .noneMatch(WebUrls::plainWebUrl);
    }

    private static boolean parsedAsWebWithHost(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
