package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.twir.archive.model.Entry;

/** A draft in the DRAFT_TEMPLATE shape, with its placeholders, as the duplicate check sends it. */
class DraftTest {

    private final ArchiveParser.FileParse parse = Fixtures.PARSER.parse("draft.md", Fixtures.text("draft.md"));

    @Test
    void parsesADraftWithPlaceholdersWithoutProblems() {
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.issue()).isPresent();
    }

    @Test
    void anUnfilledNumberMakesTheDraftSpecialRatherThanGuessed() {
        assertThat(parse.issue().orElseThrow().ref().number()).isNull();
        assertThat(parse.issue().orElseThrow().ref().special()).isTrue();
    }

    @Test
    void draftEntriesCarryTheirLineNumbers() {
        assertThat(parse.issue().orElseThrow().entries())
                .extracting(Entry::url, Entry::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("https://draft.example.com/parser", 19),
                        org.assertj.core.groups.Tuple.tuple("https://draft.example.com/video", 20));
    }

    @Test
    void emptyCrateSectionOfADraftIsNotANoCrateWeek() {
        assertThat(parse.issue().orElseThrow().crateOfTheWeek()).isNull();
    }
}
