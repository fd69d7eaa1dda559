package org.twir.archive.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Upcoming Events rules that look beyond one link: one event listed under two links (Meetup serves an
 * event under a numeric and a newer letter id), and an event already over on the draft's date.
 */
final class EventChecks {

    private EventChecks() {}

    /**
     * Events of the same group on the same day whose titles name the same event, listed under different links.
     * {@code reported} holds the entries already reported as the same link twice; they are not reported again.
     */
    static List<Finding> sameEventTwoLinks(List<DraftLink> links, Set<Integer> reported) {
        Map<String, List<DraftLink>> byGroupAndDay = new LinkedHashMap<>();
        for (DraftLink link : links) {
            if (link.rule() == SectionRule.EVENT
                    && link.primary()
                    && link.eventGroup() != null
                    && link.eventDay() != null
                    && link.title() != null
                    && !reported.contains(link.entry())) {
                byGroupAndDay
                        .computeIfAbsent(link.eventGroup() + " " + link.eventDay(), k -> new ArrayList<>())
                        .add(link);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<DraftLink> candidates : byGroupAndDay.values()) {
            Set<Integer> done = new TreeSet<>();
            for (int i = 0; i < candidates.size(); i++) {
                DraftLink first = candidates.get(i);
                if (done.contains(first.entry())) {
                    continue;
                }
                TreeSet<Integer> lines = new TreeSet<>();
                DraftLink second = null;
                for (int j = i + 1; j < candidates.size(); j++) {
                    DraftLink other = candidates.get(j);
                    if (!other.key().equals(first.key())
                            && TitleIndex.sameEventTitle(
                                    Objects.requireNonNull(first.title()), Objects.requireNonNull(other.title()))) {
                        lines.add(other.line());
                        done.add(other.entry());
                        second = second == null ? other : second;
                    }
                }
                if (second != null) {
                    lines.add(first.line());
                    findings.add(Finding.of(
                            FindingRule.EVENT_TWO_LINKS,
                            second.url(),
                            first.key(),
                            second.lineOrNull(),
                            second.title(),
                            List.of(),
                            null,
                            List.copyOf(lines),
                            "same group and day as \"" + first.title() + "\" " + first.url()
                                    + (first.line() > 0 ? " (line " + first.line() + ")" : "")));
                }
            }
        }
        return findings;
    }

    /**
     * An event whose day (its last day, for a multi-day event) is before the draft's date: stale whether or not
     * an earlier issue listed it; {@code previous} names those that did. Only the event's own link counts: the
     * group's page is shared by its future events.
     */
    static Optional<Finding> past(DraftLink link, List<Previous> previous, @Nullable LocalDate draftDate) {
        if (!link.primary()
                || link.eventDay() == null
                || draftDate == null
                || !link.eventDay().isBefore(draftDate)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(
                FindingRule.PAST_EVENT,
                link.url(),
                link.key(),
                link.lineOrNull(),
                link.title(),
                previous,
                null,
                null,
                "event on " + link.eventDay() + " is already past on " + draftDate));
    }
}
