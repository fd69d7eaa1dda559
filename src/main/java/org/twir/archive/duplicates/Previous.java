package org.twir.archive.duplicates;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Checks;

/**
 * Where a link was featured before (or, for {@code GET /api/duplicates?url=}, at all).
 *
 * @param issue the issue number, null for the special unnumbered issues
 * @param date the issue's date, ISO {@code yyyy-MM-dd}
 * @param url the link as that issue wrote it
 * @param title the entry's title there
 * @param section the heading it was under
 * @param issueUrl the issue's page on this-week-in-rust.org
 */
public record Previous(
        @Nullable Integer issue, String date, String url, String title, String section, String issueUrl) {

    public Previous {
        Checks.notBlank(date, "date");
        Checks.notBlank(url, "url");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(section, "section must not be null");
        Checks.notBlank(issueUrl, "issueUrl");
    }

    /** {@code #481 (2023-02-08, Observations/Thoughts)}, the editors' wording. */
    public String describe() {
        String where = issue == null ? "\"" + issueUrl + "\"" : "#" + issue;
        return where + " (" + date + (section.isEmpty() ? "" : ", " + section) + ")";
    }
}
