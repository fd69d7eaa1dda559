package org.twir.archive.cotw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeUrlsTest {

    @Test
    void keepsHttpsUrls() {
        assertThat(SafeUrls.httpOrNull("https://crates.io/crates/serde")).isEqualTo("https://crates.io/crates/serde");
    }

    @Test
    void dropsJavascriptUrls() {
        assertThat(SafeUrls.httpOrNull("javascript:alert(1)")).isNull();
    }

    @Test
    void dropsJavascriptUrlsWrittenInMixedCase() {
        assertThat(SafeUrls.httpOrNull(" JavaScript:alert(1)")).isNull();
    }

    @Test
    void dropsDataUrls() {
        assertThat(SafeUrls.httpOrNull("data:text/html,<script>x</script>")).isNull();
    }

    @Test
    void dropsRelativeUrls() {
        assertThat(SafeUrls.httpOrEmpty("/blog/2015/")).isEmpty();
    }
}
