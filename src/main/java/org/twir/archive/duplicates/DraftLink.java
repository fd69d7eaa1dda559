package org.twir.archive.duplicates;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One link of the draft: an entry's URL ({@code primary}) or one of its other links.
 *
 * @param eventDay the day an event counts by (its last day for a multi-day event), null for other entries
 * @param eventGroup the canonical link of the event's group, null when none is known
 */
record DraftLink(
        String url,
        CanonicalUrl canonical,
        int line,
        @Nullable String title,
        SectionRule rule,
        String section,
        int entry,
        boolean primary,
        @Nullable LocalDate eventDay,
        @Nullable String eventGroup) {

    String key() {
        return canonical.toString();
    }

    /** Links with the same canonical URL and group conflict within one draft; null when they never do. */
    @Nullable
    String repeatGroup() {
        return switch (rule) {
            case EDITORIAL, CRATE, QUOTE -> rule.name();
            case RECURRING, EVENT_CFP -> "section:" + section;
            // A triage names a PR in its summary and again in its details.
            case TRIAGE -> null;
            // A hybrid event listed under "Virtual" and again under its region is still one event.
            case EVENT -> "event:" + eventDay;
        };
    }

    @Nullable
    Integer lineOrNull() {
        return line > 0 ? line : null;
    }
}
