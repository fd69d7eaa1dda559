package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void keepsMarkElements() {
        assertThat(HtmlSanitizer.highlight("use <mark>tokio</mark> now")).isEqualTo("use <mark>tokio</mark> now");
    }

    @Test
    void dropsScriptElementsAndTheirContent() {
        assertThat(HtmlSanitizer.highlight("a<script>alert(1)</script>b")).isEqualTo("ab");
    }

    @Test
    void dropsAttributesOfMarkElements() {
        assertThat(HtmlSanitizer.highlight("<mark onclick=\"x()\">a</mark>")).isEqualTo("<mark>a</mark>");
    }

    @Test
    void dropsOtherElementsButKeepsTheirText() {
        assertThat(HtmlSanitizer.highlight("<a href=\"javascript:x\">click</a>"))
                .isEqualTo("click");
    }

    @Test
    void keepsEscapedTextEscaped() {
        assertThat(HtmlSanitizer.highlight("Vec&lt;T&gt; &amp; more")).isEqualTo("Vec&lt;T&gt; &amp; more");
    }
}
