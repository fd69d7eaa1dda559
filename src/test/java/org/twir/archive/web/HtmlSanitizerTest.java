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

    @Test
    void closesAnUnbalancedMarkElement() {
        assertThat(HtmlSanitizer.highlight("<mark>tokio and the rest")).isEqualTo("<mark>tokio and the rest</mark>");
    }

    @Test
    void escapesAStrayClosingBracket() {
        assertThat(HtmlSanitizer.highlight("a > b")).isEqualTo("a &gt; b");
    }

    @Test
    void escapesABareAmpersand() {
        assertThat(HtmlSanitizer.highlight("R&D <mark>notes</mark>")).isEqualTo("R&amp;D <mark>notes</mark>");
    }

    @Test
    void takesEscapedHighlighterOutputAsItIs() {
        String fragment = "Don&#x27;t <mark>pin</mark> &quot;Box&lt;T&gt;&quot; &#39;here&#39;";
        assertThat(HtmlSanitizer.isMarkOnly(fragment)).isTrue();
        assertThat(HtmlSanitizer.highlight(fragment)).isSameAs(fragment);
    }

    @Test
    void sendsAnyOtherMarkupToTheCleaner() {
        assertThat(HtmlSanitizer.isMarkOnly("<mark >a</mark>")).isFalse();
        assertThat(HtmlSanitizer.isMarkOnly("</mark>a")).isFalse();
        assertThat(HtmlSanitizer.isMarkOnly("&#;")).isFalse();
        assertThat(HtmlSanitizer.isMarkOnly("<img src=x onerror=alert(1)>")).isFalse();
    }
}
