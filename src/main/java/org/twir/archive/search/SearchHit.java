package org.twir.archive.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One matching entry, as the API shows it.
 *
 * @param id the entry id ({@code <source file>#<position>})
 * @param issue the issue number, null for a special issue
 * @param category the normalised category path ({@code community/walkthroughs})
 * @param categoryPath the headings as written
 * @param kind the {@link org.twir.archive.model.EntryKind#id()}
 * @param issueUrl the issue's page on this-week-in-rust.org
 * @param issueId the issue's {@link org.twir.archive.model.IssueRef#id()}, for special issues too
 */
public record SearchHit(
        String id,
        String title,
        String url,
        @Nullable Integer issue,
        LocalDate date,
        String category,
        String categoryPath,
        String kind,
        List<String> tags,
        String description,
        Highlight highlight,
        String issueUrl,
        String domain,
        float score,
        String issueId) {

    public SearchHit {
        tags = List.copyOf(tags);
    }
}
