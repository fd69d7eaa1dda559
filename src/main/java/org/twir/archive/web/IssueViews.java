package org.twir.archive.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twir.archive.cotw.CotwWeek;
import org.twir.archive.cotw.QuoteView;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Event;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Section;
import org.twir.archive.model.WebUrls;

/**
 * The JSON shapes of {@code /api/issues} and {@code /api/issues/{id}}; every absolute URL field is http(s).
 * Field names are API contract: add, never rename.
 */
final class IssueViews {

    private IssueViews() {}

    /**
     * One issue in the list. {@code key} is the source file; {@code id} is what {@code /api/issues/{id}} takes
     * (the number, or a slug of the source file for a special issue) and {@code apiUrl} that path.
     */
    record IssueSummary(
            @Nullable Integer number,
            LocalDate date,
            String title,
            String siteUrl,
            boolean special,
            int entryCount,
            String key,
            String id,
            String apiUrl) {

        static IssueSummary of(Issue issue) {
            IssueRef ref = issue.ref();
            return new IssueSummary(
                    ref.number(),
                    ref.date(),
                    ref.title(),
                    WebUrls.httpOrEmpty(ref.siteUrl()),
                    ref.special(),
                    issue.entries().size(),
                    ref.key(),
                    ref.id(),
                    IssueViews.apiUrl(ref.id()));
        }
    }

    /** The relative API path of the issue with this id; ids are URL-safe as they are. */
    static String apiUrl(String id) {
        return "/api/issues/" + id;
    }

    /** A page of issues, newest first. */
    record IssuePage(long total, int page, int size, List<IssueSummary> issues) {}

    /**
     * One issue with its entries by section and its neighbours ({@code previous} is older): {@code previous} and
     * {@code next} are numbered issues, {@code previousId} and {@code nextId} the neighbours in the list's order,
     * special issues included.
     */
    record IssueDetail(
            @Nullable Integer number,
            LocalDate date,
            String title,
            String siteUrl,
            boolean special,
            String key,
            int entryCount,
            List<SectionView> sections,
            @Nullable Integer previous,
            @Nullable Integer next,
            @Nullable CotwWeek crateOfTheWeek,
            List<QuoteView> quotes,
            String id,
            String apiUrl,
            @Nullable String previousId,
            @Nullable String nextId) {}

    /** The entries under one heading; {@code path} as written, {@code category} normalised. */
    record SectionView(String path, String category, List<EntryView> entries) {

        static SectionView of(Section section) {
            return new SectionView(
                    section.path(),
                    section.category().path(),
                    section.entries().stream().map(EntryView::of).toList());
        }
    }

    /** One entry of an issue, clean text; {@code links} keeps only http(s) links. */
    record EntryView(
            String id,
            String title,
            String url,
            String domain,
            String category,
            String categoryPath,
            String kind,
            List<String> tags,
            String description,
            List<String> links,
            @Nullable EventView event,
            @Nullable String project,
            @Nullable String task) {

        static EntryView of(Entry entry) {
            String url = WebUrls.httpOrEmpty(entry.url());
            return new EntryView(
                    entry.id(),
                    entry.title(),
                    url,
                    WebUrls.domain(url),
                    entry.category().path(),
                    entry.categoryPath(),
                    entry.kind().id(),
                    entry.tags(),
                    entry.description(),
                    entry.links().stream()
                            .map(WebUrls::httpOrNull)
                            .filter(Objects::nonNull)
                            .toList(),
                    entry.event() == null ? null : EventView.of(entry.event()),
                    entry.callForParticipation() == null
                            ? null
                            : entry.callForParticipation().project(),
                    entry.callForParticipation() == null
                            ? null
                            : entry.callForParticipation().task());
        }
    }

    /** The details of an event entry. */
    record EventView(
            LocalDate date,
            @Nullable LocalDate endDate,
            String location,
            boolean virtual,
            @Nullable String group,
            @Nullable String groupUrl) {

        static EventView of(Event event) {
            return new EventView(
                    event.date(),
                    event.endDate(),
                    event.location(),
                    event.virtual(),
                    event.group(),
                    WebUrls.httpOrNull(event.groupUrl()));
        }
    }
}
