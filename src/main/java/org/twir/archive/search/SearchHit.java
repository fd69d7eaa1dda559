package org.twir.archive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
 * @param score the relevance score for the query (0 for an empty query); comparable only within one answer
 * @param alsoIn other listings of the same link that match the search too, newest first, at most
 *     {@link #MAX_ALSO_IN} (empty when not collapsing)
 * @param alsoInCount how many other listings match in all
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
        String issueId,
        List<Listing> alsoIn,
        int alsoInCount) {

    /** At most this many other listings are carried by a collapsed hit. */
    public static final int MAX_ALSO_IN = 10;

    public SearchHit {
        tags = List.copyOf(tags);
        alsoIn = List.copyOf(alsoIn);
        if (alsoInCount < alsoIn.size()) {
            throw new IllegalArgumentException("alsoInCount " + alsoInCount + " < " + alsoIn.size() + " listings");
        }
    }

    /** This hit carrying the other listings of its link. */
    SearchHit withAlsoIn(List<Listing> listings, int count) {
        return new SearchHit(
                id,
                title,
                url,
                issue,
                date,
                category,
                categoryPath,
                kind,
                tags,
                description,
                highlight,
                issueUrl,
                domain,
                score,
                issueId,
                listings,
                count);
    }

    /** Another listing of the same link: the issue it was in. */
    public record Listing(@Nullable Integer issue, String issueId, LocalDate date) {

        public Listing {
            Objects.requireNonNull(issueId, "issueId must not be null");
            Objects.requireNonNull(date, "date must not be null");
        }
    }
}
