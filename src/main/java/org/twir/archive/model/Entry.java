package org.twir.archive.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One featured link of an issue.
 *
 * @param issue the issue it appeared in
 * @param position its 0-based order among the issue's entries (stable for a given file)
 * @param line the 1-based line of the link in the source file
 * @param title clean text, markdown and HTML removed
 * @param url the absolute link (a missing scheme is completed by the parser)
 * @param categoryPath the headings as written, outermost first, joined with {@code " > "}
 * @param category the normalised category
 * @param kind what sort of entry this is
 * @param tags lower-case tags ({@code video}, {@code audio}, {@code zh}, {@code easy}...)
 * @param description the text that follows the link in the item, clean text, may be empty
 * @param links the item's other http(s) links (discussion threads, PR numbers...), absolute, in order
 * @param event event details for {@link EntryKind#EVENT}
 * @param callForParticipation project and task for {@link EntryKind#CALL_FOR_PARTICIPATION}
 */
public record Entry(
        IssueRef issue,
        int position,
        int line,
        String title,
        String url,
        String categoryPath,
        Category category,
        EntryKind kind,
        List<String> tags,
        String description,
        List<String> links,
        @Nullable Event event,
        @Nullable CallForParticipation callForParticipation) {

    public Entry {
        Objects.requireNonNull(issue, "issue must not be null");
        Checks.notNegative(position, "position");
        Checks.notNegative(line, "line");
        Checks.notBlank(title, "title");
        Checks.notBlank(url, "url");
        Objects.requireNonNull(categoryPath, "categoryPath must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        tags = List.copyOf(tags);
        Objects.requireNonNull(description, "description must not be null");
        links = List.copyOf(links);
    }

    /** A stable, unique id: the issue's key and the entry's position. Used as the index document id. */
    public String id() {
        return issue.key() + "#" + position;
    }
}
