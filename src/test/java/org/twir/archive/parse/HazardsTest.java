package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;

/** The hazards of the real archive, one behaviour per test, on a fixture that holds them all. */
class HazardsTest {

    private static final Issue ISSUE = Fixtures.issue("hazards.md", "2019-08-12-this-week-in-rust.md");

    @Test
    void takesTheDateFromTheHeaderEvenWithTimeUnpaddedAndDifferentFromTheFileName() {
        assertThat(ISSUE.ref().date()).isEqualTo(LocalDate.of(2019, 8, 13));
        assertThat(ISSUE.ref().siteUrl())
                .isEqualTo("https://this-week-in-rust.org/blog/2019/08/13/this-week-in-rust-950/");
    }

    @Test
    void removesZeroWidthCharactersAndNonBreakingSpacesFromTitles() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/zero").title()).isEqualTo("Zerowidth and NBSP");
    }

    @Test
    void keepsBracketsInsideLinkText() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/brackets").title())
                .isEqualTo("Link text with [brackets] inside");
    }

    @Test
    void joinsLinkTextThatWrapsAcrossLines() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/wrapped").title())
                .isEqualTo("A title that wraps across two lines");
    }

    @Test
    void keepsParenthesesInUrls() {
        assertThat(Fixtures.entry(ISSUE, "https://en.example.org/wiki/Rust_(language)")
                        .title())
                .isEqualTo("Parens in the URL");
    }

    @Test
    void completesAMissingScheme() {
        assertThat(Fixtures.entry(ISSUE, "https://www.example.net/no-scheme").title())
                .isEqualTo("No scheme here");
    }

    @Test
    void dropsControlCharactersFromUrls() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/control").title()).isEqualTo("Control characters");
    }

    @Test
    void resolvesReferenceLinksAndKeepsTheTrailingText() {
        Entry e = Fixtures.entry(ISSUE, "https://example.com/reference");
        assertThat(e.title()).isEqualTo("Reference style");
        assertThat(e.description()).isEqualTo("with trailing words.");
    }

    @Test
    void dropsRawHtmlTagsFromText() {
        Entry e = Fixtures.entry(ISSUE, "https://example.com/small");
        assertThat(e.title()).isEqualTo("Small print");
        assertThat(e.description()).isEqualTo("after a break");
    }

    @Test
    void keepsUnescapedGenericsAsText() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/generics").title())
                .isEqualTo("Generic Option<T> and Box<dyn Error> too");
    }

    @Test
    void usesImageAltTextInsideLinkText() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/image").title()).isEqualTo("An image link logo");
    }

    @Test
    void readsTagsInsideTheLinkText() {
        Entry e = Fixtures.entry(ISSUE, "https://example.de/talk");
        assertThat(e.tags()).containsExactly("de", "video");
        assertThat(e.title()).isEqualTo("German talk");
    }

    @Test
    void readsSpelledOutLanguageTagBeforeTheLink() {
        assertThat(Fixtures.entry(ISSUE, "https://example.es/articulo").tags()).containsExactly("es");
    }

    @Test
    void neverTurnsTemplateLinksInHtmlCommentsIntoEntries() {
        assertThat(ISSUE.entries()).extracting(Entry::url).doesNotContain("https://example.com/template");
    }

    @Test
    void readsLinksOfHtmlBlocksWithJsoup() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/html-block").title())
                .isEqualTo("an HTML block link");
    }

    @Test
    void usesHeadingLinkTextInThePathButNotAsAnEntry() {
        assertThat(ISSUE.entries()).extracting(Entry::url).doesNotContain("https://example.com/heading");
        assertThat(Fixtures.entry(ISSUE, "https://example.com/bom").categoryPath())
                .isEqualTo("Heading with a link");
    }

    @Test
    void ignoresAByteOrderMarkInTheMiddleOfTheFile() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/bom").title()).isEqualTo("After a byte-order mark");
    }

    @Test
    void skipsTheDiscussFooterAndEditors() {
        assertThat(ISSUE.entries())
                .extracting(Entry::url)
                .noneMatch(u -> u.contains("reddit.com") || u.contains("github.com/ed"));
    }

    @Test
    void givesEachEntryTheLineOfItsLink() {
        assertThat(Fixtures.entry(ISSUE, "https://example.com/zero").line()).isEqualTo(12);
        assertThat(Fixtures.entry(ISSUE, "https://example.com/wrapped").line()).isEqualTo(14);
    }
}
