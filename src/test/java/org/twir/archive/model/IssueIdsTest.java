package org.twir.archive.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueIdsTest {

    @Test
    void numberedIssueIsIdentifiedByItsNumber() {
        assertThat(IssueIds.of(500, "2023-06-21-this-week-in-rust.md")).isEqualTo("500");
    }

    @Test
    void specialIssueIsIdentifiedByItsFileNameWithoutExtension() {
        assertThat(IssueIds.of(null, "2013-09-28-state-of-rust.md")).isEqualTo("2013-09-28-state-of-rust");
    }

    @Test
    void specialIssueSlugIsLowerCaseWithHyphensForOtherCharacters() {
        assertThat(IssueIds.of(null, "pages/State_of Rust 1.0.rst")).isEqualTo("state-of-rust-1-0");
    }

    @Test
    void specialIssueSlugNeverLooksLikeANumber() {
        assertThat(IssueIds.of(null, "2013.md")).isEqualTo("special-2013");
    }

    @Test
    void everySpecialIssueSlugMatchesTheSlugPattern() {
        assertThat(IssueIds.of(null, "--Odd..name--.markdown")).matches(IssueIds.SLUG);
    }
}
