package org.twir.archive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedStringsTest {

    /** A copy no other string is: what the parser and the cache reader make of every value they read. */
    private static String fresh(String value) {
        return new String(value.toCharArray());
    }

    private static IssueRef ref(int number) {
        return new IssueRef(
                number,
                LocalDate.of(2024, 1, number),
                "This Week in Rust " + number,
                "https://this-week-in-rust.org/blog/2024/01/0" + number + "/this-week-in-rust-" + number + "/",
                "2024-01-0" + number + "-this-week-in-rust.md",
                false);
    }

    private static Entry event(IssueRef ref, int position) {
        return new Entry(
                ref,
                position,
                10 + position,
                fresh("Rust Meetup"),
                fresh("https://example.org/meetup"),
                fresh("upcoming-events/europe"),
                Category.EVENTS,
                EntryKind.EVENT,
                List.of(fresh("video")),
                fresh("A talk"),
                List.of(fresh("https://example.org/meetup"), fresh("https://example.org/group")),
                new Event(
                        LocalDate.of(2024, 1, 20),
                        null,
                        fresh("Berlin, DE"),
                        false,
                        fresh("Rust Berlin"),
                        fresh("https://example.org/group")),
                new CallForParticipation(fresh("tokio"), fresh("Write docs")));
    }

    private static Issue issue(int number) {
        IssueRef ref = ref(number);
        return new Issue(
                ref,
                List.of(new Section(
                        fresh("upcoming-events/europe"), Category.EVENTS, List.of(event(ref, 0), event(ref, 1)))),
                null,
                List.of());
    }

    @Test
    void equalStringsOfEntriesAndSectionsBecomeOneObjectAndEveryValueStaysEqual() {
        List<Issue> issues = List.of(issue(1), issue(2));
        Entry a = issues.get(0).sections().get(0).entries().get(0);
        Entry b = issues.get(1).sections().get(0).entries().get(1);
        assertThat(a.categoryPath()).isNotSameAs(b.categoryPath()); // the premise: copies, as parsed

        List<Issue> shared = SharedStrings.share(issues);

        assertThat(shared).isEqualTo(issues);
        Section section = shared.get(0).sections().get(0);
        Entry first = section.entries().get(0);
        Entry other = shared.get(1).sections().get(0).entries().get(1);
        assertThat(other.title()).isSameAs(first.title());
        assertThat(other.url()).isSameAs(first.url());
        assertThat(other.categoryPath()).isSameAs(first.categoryPath()).isSameAs(section.path());
        assertThat(other.tags().get(0)).isSameAs(first.tags().get(0));
        assertThat(other.description()).isSameAs(first.description());
        assertThat(other.links().get(0)).isSameAs(first.links().get(0)).isSameAs(first.url());
        assertThat(other.links().get(1)).isSameAs(first.links().get(1));
        Event event = first.event();
        Event otherEvent = other.event();
        assertThat(event).isNotNull();
        assertThat(otherEvent).isNotNull();
        assertThat(otherEvent.location()).isSameAs(event.location());
        assertThat(otherEvent.group()).isSameAs(event.group());
        assertThat(otherEvent.groupUrl())
                .isSameAs(event.groupUrl())
                .isSameAs(first.links().get(1));
        CallForParticipation cfp = first.callForParticipation();
        CallForParticipation otherCfp = other.callForParticipation();
        assertThat(cfp).isNotNull();
        assertThat(otherCfp).isNotNull();
        assertThat(otherCfp.project()).isSameAs(cfp.project());
        assertThat(otherCfp.task()).isSameAs(cfp.task());
        // Each entry keeps its issue's one ref.
        assertThat(other.issue()).isSameAs(issues.get(1).ref());
    }
}
