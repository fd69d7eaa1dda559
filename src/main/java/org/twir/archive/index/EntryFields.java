package org.twir.archive.index;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Entry;
import org.twir.archive.model.WebUrls;

/**
 * What the document of an entry stores and a search hit shows, derived from the entry in this one place: the index
 * writes these values as stored fields ({@link EntryDocuments}) and the search side builds its hits from them,
 * taking the entry from the published snapshot ({@link DocEntries}) instead of reading the stored fields back.
 *
 * @param id the entry id ({@link Entry#id()})
 * @param issue the issue number, null for a special issue
 * @param date the issue's publication date
 * @param category the normalised category path
 * @param categoryPath the headings as written
 * @param kind the {@link org.twir.archive.model.EntryKind#id()}
 * @param tags the entry's tags, each once, in order of first appearance
 * @param issueUrl the issue's page on this-week-in-rust.org
 * @param domain the link's {@linkplain WebUrls#domain(String) domain}, empty when it has none
 * @param issueId the issue's {@link org.twir.archive.model.IssueRef#id()}
 */
public record EntryFields(
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
        String issueUrl,
        String domain,
        String issueId) {

    public static EntryFields of(Entry entry) {
        return new EntryFields(
                entry.id(),
                entry.title(),
                entry.url(),
                entry.issue().number(),
                entry.issue().date(),
                entry.category().path(),
                entry.categoryPath(),
                entry.kind().id(),
                entry.tags().stream().distinct().toList(),
                entry.description(),
                entry.issue().siteUrl(),
                WebUrls.domain(entry.url()),
                entry.issue().id());
    }
}
