package org.twir.archive.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gives the equal strings of the issues' sections and entries one object each. The parser and the parsed-issue
 * cache make a new string for every value they read, but the archive repeats most of them: 65,000 entries have
 * 341 distinct category paths, a fifth of the titles and links recur (events and newsletters listed week after
 * week), and events share a few hundred groups and places. Kept for the service's life, those copies were a
 * quarter of the live heap (a restarted, idle service: 54 MB with them, 41 MB without), and a service held to
 * {@code -Xmx256m} and 350 MB of memory pays for every megabyte of live heap more than once (the old generation
 * is sized from it). The crates and quotes of the week, a few thousand strings, are left as they are.
 */
public final class SharedStrings {

    private final Map<String, String> pool = new HashMap<>();

    /** {@code issues} with equal strings shared; each issue, section and entry equal to the one it replaces. */
    public static List<Issue> share(List<Issue> issues) {
        SharedStrings strings = new SharedStrings();
        List<Issue> shared = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            shared.add(strings.share(issue));
        }
        return shared;
    }

    /**
     * {@code issue}, equal to it, with its strings shared with those of the issues this pool shared before. A
     * reader sharing each issue as it reads it leaves only that issue's copy behind: the young collector takes it,
     * where a copy of the whole archive lived long enough to be moved to the old generation, and stayed there.
     */
    public Issue share(Issue issue) {
        List<Section> sections = new ArrayList<>(issue.sections().size());
        for (Section section : issue.sections()) {
            List<Entry> entries = new ArrayList<>(section.entries().size());
            for (Entry entry : section.entries()) {
                entries.add(entry(entry));
            }
            sections.add(new Section(of(section.path()), section.category(), entries));
        }
        return new Issue(issue.ref(), sections, issue.crateOfTheWeek(), issue.quotes());
    }

    private Entry entry(Entry e) {
        Event event = e.event();
        CallForParticipation cfp = e.callForParticipation();
        return new Entry(
                e.issue(),
                e.position(),
                e.line(),
                of(e.title()),
                of(e.url()),
                of(e.categoryPath()),
                e.category(),
                e.kind(),
                all(e.tags()),
                of(e.description()),
                all(e.links()),
                event == null
                        ? null
                        : new Event(
                                event.date(),
                                event.endDate(),
                                of(event.location()),
                                event.virtual(),
                                ofNullable(event.group()),
                                ofNullable(event.groupUrl())),
                cfp == null ? null : new CallForParticipation(of(cfp.project()), of(cfp.task())));
    }

    private List<String> all(List<String> values) {
        List<String> shared = new ArrayList<>(values.size());
        for (String value : values) {
            shared.add(of(value));
        }
        return shared;
    }

    private String of(String value) {
        String kept = pool.putIfAbsent(value, value);
        return kept == null ? value : kept;
    }

    private @Nullable String ofNullable(@Nullable String value) {
        return value == null ? null : of(value);
    }
}
