package org.twir.archive.duplicates;

import java.util.Set;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;

/**
 * How a section's links are checked, decided by its normalised category (and the entry kind where the
 * category is unknown). The README's "rules" table is the user-facing statement of this.
 */
enum SectionRule {

    /**
     * Community links and anything uncategorised: featured once. A repeat of a link
     * from any earlier non-event section is a {@code duplicate}; near-identical titles are {@code
     * possible-duplicate}.
     */
    EDITORIAL,
    /**
     * Calls for participation/testing/speakers, project updates (merged PRs, performance triage), RFCs and FCP,
     * jobs: the same item is legitimately listed again while it is open or moves through the process (a PR
     * merged one week enters FCP the next, a CFP task is re-listed until taken). Only a link listed twice in
     * the same section of one draft is reported.
     */
    RECURRING,
    /**
     * Rust Compiler Performance Triage: each triage covers one week, so a PR (or any link) that an earlier
     * issue's triage already listed is a {@code duplicate}. A triage names a PR in its summary and again in its
     * details, so repeats within one draft are not reported.
     */
    TRIAGE,
    /**
     * Event calls for proposals: re-listed until their deadline, which is allowed, but editors often drop one
     * seen before; a link listed in any earlier issue is a {@code possible-duplicate} warning.
     */
    EVENT_CFP,
    /**
     * Upcoming Events: listed every week until they happen. Reported when listed twice for the same date in one
     * draft (under any region heading, by the same event link, or by the same group with the same or nearly the
     * same title), or when the event (its last day, for a multi-day event) is already past on the draft's date.
     */
    EVENT,
    /**
     * Crate of the Week: a crate chosen again is a {@code duplicate}; a crate whose repository an earlier
     * issue linked in another section is not (being noticed first is how crates get suggested).
     */
    CRATE,
    /**
     * Quote of the Week: a quote's source posted again as the quote is a {@code duplicate}; quoting an article
     * featured in the same or an earlier issue is normal.
     */
    QUOTE;

    /** Whether an earlier occurrence under {@code earlier} makes a link under this rule a duplicate. */
    boolean comparesWith(SectionRule earlier) {
        return switch (this) {
            case EDITORIAL -> earlier != EVENT;
            case CRATE, QUOTE, TRIAGE -> earlier == this;
            case RECURRING, EVENT, EVENT_CFP -> false;
        };
    }

    private static final Set<EntryKind> RECURRING_KINDS = Set.of(
            EntryKind.CALL_FOR_PARTICIPATION, EntryKind.PROJECT_UPDATE, EntryKind.RFC, EntryKind.FCP, EntryKind.JOB);

    static SectionRule of(Category category, EntryKind kind) {
        if (kind == EntryKind.EVENT || category == Category.EVENTS) {
            return EVENT;
        }
        if (category == Category.PROJECT_PERFORMANCE) {
            return TRIAGE;
        }
        if (category == Category.CALL_FOR_SPEAKERS) {
            return EVENT_CFP;
        }
        String top = category.pathSegments().getFirst();
        if (top.equals("call-for-participation")
                || top.equals("project-updates")
                || top.equals("rfcs")
                || top.equals("jobs")) {
            return RECURRING;
        }
        if (category == Category.CRATE_OF_THE_WEEK || kind == EntryKind.CRATE_OF_THE_WEEK) {
            return CRATE;
        }
        if (category == Category.QUOTE_OF_THE_WEEK || kind == EntryKind.QUOTE) {
            return QUOTE;
        }
        if (top.equals("community")) {
            return EDITORIAL;
        }
        return RECURRING_KINDS.contains(kind) ? RECURRING : EDITORIAL;
    }
}
