package org.twir.archive.duplicates;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Entry;

/** One link of one archive entry, with what the checks need to filter and report it. */
record Occurrence(
        @Nullable Integer issue,
        LocalDate date,
        String url,
        String title,
        String section,
        String issueUrl,
        SectionRule rule) {

    static Occurrence of(Entry entry, String url) {
        return new Occurrence(
                entry.issue().number(),
                entry.issue().date(),
                url,
                entry.title(),
                sectionLabel(entry),
                entry.issue().siteUrl(),
                SectionRule.of(entry.category(), entry.kind()));
    }

    /** The innermost heading as written ("Observations/Thoughts"), else the category's label. */
    static String sectionLabel(Entry entry) {
        String path = entry.categoryPath().strip();
        int last = path.lastIndexOf(" > ");
        String heading = last < 0 ? path : path.substring(last + 3).strip();
        return heading.isEmpty() ? entry.category().label() : heading;
    }

    /** Whether this occurrence counts for a draft with that number and date (earlier issues only). */
    boolean isBefore(@Nullable Integer draftNumber, @Nullable LocalDate draftDate) {
        if (draftNumber != null && draftNumber.equals(issue)) {
            return false;
        }
        return draftDate == null || date.isBefore(draftDate);
    }

    Previous toPrevious() {
        return new Previous(issue, date.toString(), url, title, section, issueUrl);
    }
}
