package org.twir.archive.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.twir.archive.model.Category;

/**
 * The named rules for links that are part of the newsletter's furniture, not featured content. A block rule
 * skips every link of a paragraph or item (the header's "send us a pull request" paragraph); a link rule
 * skips one link ("Submit your suggestions" at the end of a crate paragraph).
 */
enum Boilerplate {

    /** The greeting at the top: "Want something mentioned? ... send us a pull request", subscribe, GitHub. */
    HEADER("header"),
    /** The sign-off: "This Week in Rust is edited by", "Discuss on r/rust", the mail host, the editor list. */
    FOOTER("footer"),
    /** Template links the editors keep inside HTML comments. */
    HTML_COMMENT("html-comment"),
    /** Links in headings name the section's source ("### [Approved RFCs](...)"), not an item. */
    HEADING_LINK("heading-link"),
    /** Requests for the next week's suggestions: submit crates, quotes, CFP tasks, job offers. */
    SUBMISSION_REQUEST("submission-request"),
    /** The events calendar and the community team's address, asked to add events. */
    CALENDAR("calendar-community"),
    /** The fixed explanatory paragraphs of a section ("Always wanted to contribute...", the RFC process). */
    SECTION_INTRO("section-intro"),
    /** "No RFCs were approved this week" and similar notices, which link to the empty queues. */
    NOTHING_THIS_WEEK("nothing-this-week"),
    /** "N pull requests were merged in the last week": a link to the search, not to a change. */
    MERGED_PR_SEARCH("merged-pr-search"),
    /** "Thanks to X for the suggestion": the suggester, recorded as a person on the crate or quote. */
    SUGGESTION_CREDIT("suggestion-credit");

    private static final Pattern HEADER_TEXT = Pattern.compile("(?i)hello and welcome to|want something mentioned"
            + "|want to get involved|is openly developed|if you find any errors|want twir in your inbox"
            + "|subscribe here|archives can be viewed at|this is a weekly summary of its progress");
    private static final Pattern FOOTER_TEXT = Pattern.compile("(?i)this week in rust is edited by|discuss on r/rust"
            + "|email list hosting is sponsored|^discuss on |^(current|past) editors");
    // A paragraph that is only the request ("[Submit your suggestions and votes for next week][submit_crate]!").
    private static final Pattern SUBMISSION_TEXT = Pattern.compile("(?i)^\\W*((please )?submit (your )?"
            + "(suggestions|quotes|nominations)|(please )?submit quotes|tweet us at .*job|let us know if you would like"
            + "|if you are a rust project owner)");
    // The link itself, wherever it sits ("... a breeze. [Submit your suggestions for next week][submit_crate]!").
    private static final Pattern SUBMISSION_LINK_TEXT = Pattern.compile("(?i)^\\W*(please )?submit (your )?"
            + "(suggestions|quotes|nominations)|vote for next week|to get your job offers listed");
    private static final Pattern SUBMISSION_URL =
            Pattern.compile("(?i)users\\.rust-lang\\.org/t/(crate-of-the-week/2704|twir-quote-of-the-week/328"
                    + "|twir-call-for-participation/4821)/?$");
    private static final Pattern CALENDAR_TEXT = Pattern.compile(
            "(?i)^\\W*if you are running a rust event|add it to the \\[?calendar|email the rust community team");
    private static final Pattern SECTION_INTRO_TEXT = Pattern.compile("(?i)^\\W*(always wanted to contribute"
            + "|some of these tasks may also have mentors|if you are a rust project owner"
            + "|changes to rust follow the rust|every week,? the team announces|every week,? \\[?the team"
            + "|let us know if you would like|\\[?let us know\\]? if you would like|if you are an event organizer"
            + "|an important step for rfc implementation|if you are a feature implementer"
            + "|are you a new or experienced speaker|this section highlights events)");
    private static final Pattern NOTHING_TEXT = Pattern.compile(
            "(?i)^\\W*no (new |items |rfcs |calls |cargo |tracking |new or updated |rust rfcs |items entered )"
                    + ".*this week");
    private static final Pattern MERGED_TEXT = Pattern.compile("(?i)\\d+ pull requests were merged"
            + "|pull requests were \\[?merged in the last week|\\bpull requests were merged in the last");
    private static final Pattern CREDIT_TEXT = Pattern.compile(
            "(?i)^\\W*(thanks|thank you)( go(es)?)? to |^\\W*suggested by |for the (self-)?suggestions?[.!]*\\W*$");

    private final String ruleName;

    Boilerplate(String ruleName) {
        this.ruleName = ruleName;
    }

    /** The rule's name as reported by the link audit. */
    String ruleName() {
        return ruleName;
    }

    /** Where a block sits in the issue: before the first heading, inside the sections, or after the sign-off. */
    enum Zone {
        INTRO,
        BODY,
        FOOTER
    }

    /** The rule that makes a whole block (paragraph or list item) boilerplate, if any. */
    static Optional<Boilerplate> forBlock(String fullText, Category category, Zone zone) {
        if (zone == Zone.FOOTER) {
            return Optional.of(FOOTER);
        }
        // Furniture paragraphs are short; looking at the start of long ones keeps this linear and cheap. Each
        // rule's regular expression only runs when one of its words is present: most items match none.
        String text = fullText.length() > 400 ? fullText.substring(0, 400) : fullText;
        String lower = text.toLowerCase(Locale.ROOT);
        if (has(lower, "edited by", "discuss on", "email list hosting", "editors")
                && FOOTER_TEXT.matcher(text).find()) {
            return Optional.of(FOOTER);
        }
        if (zone == Zone.INTRO && HEADER_TEXT.matcher(text).find()) {
            return Optional.of(HEADER);
        }
        if (has(lower, "rust event", "calendar", "community team")
                && CALENDAR_TEXT.matcher(text).find()) {
            return Optional.of(CALENDAR);
        }
        if (has(
                        lower,
                        "contribute",
                        "mentors",
                        "project owner",
                        "rust follow",
                        "the team",
                        "let us know",
                        "event organizer",
                        "important step",
                        "feature implementer",
                        "speaker",
                        "highlights events")
                && SECTION_INTRO_TEXT.matcher(text).find()) {
            return Optional.of(SECTION_INTRO);
        }
        if (lower.contains("no ")
                && lower.contains("this week")
                && NOTHING_TEXT.matcher(text).find()) {
            return Optional.of(NOTHING_THIS_WEEK);
        }
        if (lower.contains("pull requests") && MERGED_TEXT.matcher(text).find()) {
            return Optional.of(MERGED_PR_SEARCH);
        }
        if (text.length() < 300
                && has(lower, "submit", "tweet us", "let us know", "project owner")
                && SUBMISSION_TEXT.matcher(text).find()) {
            return Optional.of(SUBMISSION_REQUEST);
        }
        if ((category == Category.CRATE_OF_THE_WEEK || category == Category.QUOTE_OF_THE_WEEK)
                && CREDIT_TEXT.matcher(text).find()) {
            return Optional.of(SUGGESTION_CREDIT);
        }
        return Optional.empty();
    }

    private static boolean has(String lower, String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The rule that makes one link boilerplate whatever block it is in, if any. */
    static Optional<Boilerplate> forLink(String url, String linkText) {
        String lower = linkText.toLowerCase(Locale.ROOT).strip();
        if (url.contains("users.rust-lang.org/t/")
                        && SUBMISSION_URL.matcher(url).find()
                || has(lower, "submit", "vote for next", "job offers")
                        && SUBMISSION_LINK_TEXT.matcher(lower).find()) {
            return Optional.of(SUBMISSION_REQUEST);
        }
        if (lower.startsWith("discuss on") || url.contains("google.com/calendar")) {
            return Optional.of(lower.startsWith("discuss on") ? FOOTER : CALENDAR);
        }
        return Optional.empty();
    }
}
