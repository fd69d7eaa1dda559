package org.twir.archive.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Event;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Section;

/** Builds small {@link Issue}s in code for the checker's unit tests (no parser needed). */
final class IssueBuilder {

    private final IssueRef ref;
    private final Map<Category, List<Entry>> sections = new LinkedHashMap<>();
    private int position;

    private IssueBuilder(int number, String date) {
        ref = new IssueRef(
                number,
                LocalDate.parse(date),
                "This Week in Rust " + number,
                "https://this-week-in-rust.org/blog/" + date.replace('-', '/') + "/this-week-in-rust-" + number + "/",
                date + "-this-week-in-rust.md",
                false);
    }

    static IssueBuilder issue(int number, String date) {
        return new IssueBuilder(number, date);
    }

    IssueBuilder link(Category category, int line, String title, String url, String... links) {
        EntryKind kind = switch (category.pathSegments().getFirst()) {
            case "rfcs" -> EntryKind.RFC;
            case "call-for-participation" -> EntryKind.CALL_FOR_PARTICIPATION;
            case "project-updates" -> EntryKind.PROJECT_UPDATE;
            case "crate-of-the-week" -> EntryKind.CRATE_OF_THE_WEEK;
            default -> EntryKind.ARTICLE;
        };
        return add(category, kind, line, title, url, List.of(links), null);
    }

    IssueBuilder article(int line, String title, String url, String... links) {
        return link(Category.COMMUNITY_OBSERVATIONS, line, title, url, links);
    }

    IssueBuilder event(int line, String title, String url, String date) {
        return add(
                Category.EVENTS,
                EntryKind.EVENT,
                line,
                title,
                url,
                List.of(),
                new Event(LocalDate.parse(date), null, "Virtual", true, null, null));
    }

    private IssueBuilder add(
            Category category,
            EntryKind kind,
            int line,
            String title,
            String url,
            List<String> links,
            @Nullable Event event) {
        Entry entry = new Entry(
                ref,
                position++,
                line,
                title,
                url,
                "Updates from Rust Community > " + category.label(),
                category,
                kind,
                List.of(),
                "",
                links,
                event,
                null);
        sections.computeIfAbsent(category, c -> new ArrayList<>()).add(entry);
        return this;
    }

    Issue build() {
        List<Section> list = new ArrayList<>();
        sections.forEach((category, entries) -> list.add(new Section(category.label(), category, entries)));
        return new Issue(ref, list, null, List.of());
    }
}
