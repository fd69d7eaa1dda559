package org.twir.archive.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
