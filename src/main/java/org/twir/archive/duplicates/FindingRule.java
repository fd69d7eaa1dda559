package org.twir.archive.duplicates;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which rule produced a finding; {@link #id()} is the JSON {@code rule} string and {@link #words()} says it for
 * editors. One rule has one kind, so a reader can group findings either way.
 */
public enum FindingRule {
    FEATURED_BEFORE("featured-before", FindingKind.DUPLICATE, "this link was featured in an earlier issue"),
    CRATE_CHOSEN_BEFORE("crate-chosen-before", FindingKind.DUPLICATE, "this crate was Crate of the Week before"),
    QUOTE_SOURCE_BEFORE("quote-source-before", FindingKind.DUPLICATE, "this quote's source was quoted before"),
    TRIAGE_LISTED_BEFORE(
            "triage-listed-before", FindingKind.DUPLICATE, "an earlier performance triage already listed this"),
    QUOTE_CREDIT_BEFORE(
            "quote-credit-before",
            FindingKind.DUPLICATE,
            "this suggestion credit links a post credited in an earlier issue: copied from last week?"),
    QUOTE_TEXT_BEFORE("quote-text-before", FindingKind.DUPLICATE, "this quote was already a Quote of the Week"),
    PAST_EVENT("past-event", FindingKind.DUPLICATE, "the event is over before the draft's date"),
    LINK_TWICE("link-twice", FindingKind.REPEATED_IN_DRAFT, "the same link appears twice in the draft"),
    EVENT_TWICE(
            "event-twice",
            FindingKind.REPEATED_IN_DRAFT,
            "the same event is listed twice for the same day (under one or two region headings)"),
    EVENT_TWO_LINKS(
            "event-two-links",
            FindingKind.REPEATED_IN_DRAFT,
            "the same group lists an event with the same title on the same day under two links"),
    SAME_PAGE_OTHER_HOST(
            "same-page-other-host", FindingKind.POSSIBLE_DUPLICATE, "the same page on another host of the site"),
    SIMILAR_TITLE("similar-title", FindingKind.POSSIBLE_DUPLICATE, "an earlier link has a near-identical title"),
    EVENT_CFP_BEFORE(
            "event-cfp-before",
            FindingKind.POSSIBLE_DUPLICATE,
            "this call for proposals was listed in an earlier issue (fine while it is open)");

    private final String id;
    private final FindingKind kind;
    private final String words;

    FindingRule(String id, FindingKind kind, String words) {
        this.id = id;
        this.kind = kind;
        this.words = words;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public FindingKind kind() {
        return kind;
    }

    /** The rule in words, for the text output and the editors' page. */
    public String words() {
        return words;
    }
}
