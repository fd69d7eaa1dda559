package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;

/**
 * The parser's shortcuts around flexmark, jsoup and the charset decoder must give what the long way gives: a
 * fence, heading or thematic break wherever CommonMark opens one, an entity decoded only where HTML reads one, a
 * file refused only when its bytes are not UTF-8.
 */
class ParseShortcutsTest {

    private static final String HEADER = "Title: This Week in Rust 500\nNumber: 500\nDate: 2023-06-07\n\n";
    private static final String FILE = "2023-06-07-this-week-in-rust.md";

    private static List<String> urls(String body) {
        return Fixtures.parse(FILE, HEADER + "## Updates from Rust Community\n\n" + body).entries().stream()
                .map(Entry::url)
                .toList();
    }

    private static String title(String body) {
        return Fixtures.parse(FILE, HEADER + "## Updates from Rust Community\n\n" + body)
                .entries()
                .getFirst()
                .title();
    }

    @Test
    void linksInsideABacktickFenceAreCodeNotEntries() {
        assertThat(urls("* [Before](https://example.com/before)\n\n```\n[Inside](https://example.com/inside)\n```\n\n"
                        + "* [After](https://example.com/after)\n"))
                .containsExactly("https://example.com/before", "https://example.com/after");
    }

    @Test
    void linksInsideATildeFenceIndentedBelowFourSpacesAreCodeNotEntries() {
        assertThat(
                        urls(
                                "   ~~~rust\n[Inside](https://example.com/inside)\n   ~~~\n\n* [After](https://example.com/after)\n"))
                .containsExactly("https://example.com/after");
    }

    @Test
    void aBacktickRunThatIsNotAFenceLeavesTheLinkAnEntry() {
        // Two backticks open no fence, and a backtick in the info string of a backtick fence closes none.
        assertThat(urls("``\n[Two](https://example.com/two)\n\n```a`b [Info](https://example.com/info)\n"))
                .containsExactly("https://example.com/two", "https://example.com/info");
    }

    @Test
    void aThematicBreakEndsTheParagraphBeforeIt() {
        assertThat(urls("[A](https://example.com/a) first\n***\n[B](https://example.com/b) second\n"))
                .containsExactly("https://example.com/a", "https://example.com/b");
    }

    @Test
    void atxAndSetextHeadingsInterruptAParagraphAndStartSections() {
        Issue issue = Fixtures.parse(
                FILE,
                HEADER + "## News\n\n[A](https://example.com/a)\n### Tools\n[B](https://example.com/b)\n\n"
                        + "Crates\n------\n\n[C](https://example.com/c)\n");
        assertThat(issue.entries())
                .extracting(Entry::categoryPath)
                .containsExactly(
                        "News", "News > Tools", "Crates"); // a "-" underline is a second-level heading, as "## News"
    }

    @Test
    void keepsAPlainAmpersandAsItIs() {
        assertThat(title("* [Rust & WebAssembly &c & #1](https://example.com/wasm)\n"))
                .isEqualTo("Rust & WebAssembly &c & #1");
    }

    @Test
    void decodesNamedAndNumericEntitiesInText() {
        assertThat(title("* [Vec&lt;T&gt; &#39;a&#x27; &copy](https://example.com/vec)\n"))
                .isEqualTo("Vec<T> 'a' ©");
    }

    @Test
    void refusesAFileWhoseBytesAreNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        byte[] head = (HEADER + "## News\n\n* [Caf").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "](https://example.com/cafe)\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 é: not a UTF-8 sequence
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);

        ArchiveParser.FileParse parse = new ArchiveParser().parseFile(file);

        assertThat(parse.issue()).isEmpty();
        assertThat(parse.problems()).singleElement().hasToString(FILE + ":0: not valid UTF-8 text");
    }

    @Test
    void readsAFileThatHoldsTheReplacementCharacterItself(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, HEADER + "## News\n\n* [Odd \uFFFD glyph](https://example.com/odd)\n");

        Issue issue = new ArchiveParser().parseFile(file).issue().orElseThrow();

        assertThat(issue.entries()).singleElement().extracting(Entry::title).isEqualTo("Odd \uFFFD glyph");
    }
}
