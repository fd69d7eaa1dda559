package org.twir.archive.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueIds;

/**
 * The {@code id} of {@code /api/issues/{id}}, checked: an issue number, read exactly as the endpoint always has
 * (so {@code 500}, {@code 0500} and unknown numbers behave as before ids existed), or a special issue's slug.
 */
record IssueLookup(@Nullable Integer number, @Nullable String slug) {

    /** Far above any real slug (the longest is about 40 characters); refusing more keeps hostile input cheap. */
    static final int MAX_ID_LENGTH = 100;

    /** What {@code Integer.parseInt} would try: such a value is a number or a mistake, never a slug. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+");

    /** Shown in full when a slug is unknown; there are four in the real archive. */
    private static final int SPECIAL_IDS_SHOWN = 20;

    IssueLookup {
        if ((number == null) == (slug == null)) {
            throw new IllegalArgumentException("an issue lookup needs exactly one of number and slug");
        }
    }

    static IssueLookup parse(String id) {
        if (id.length() > MAX_ID_LENGTH) {
            throw new BadParameterException(
                    "id", "id is too long (" + id.length() + " characters); use at most " + MAX_ID_LENGTH);
        }
        String value = id.strip();
        if (NUMBER.matcher(value).matches()) {
            return new IssueLookup(SearchParameters.integer("id", value), null);
        }
        String slug = value.toLowerCase(Locale.ROOT);
        if (!IssueIds.SLUG.matcher(slug).matches()) {
            throw new BadParameterException(
                    "id",
                    "id must be an issue number such as 500 or the id of a special issue as GET /api/issues "
                            + "gives it (letters, digits and single hyphens), was '"
                            + SearchParameters.abbreviate(id) + "'");
        }
        return new IssueLookup(null, slug);
    }

    Optional<Issue> find(ArchiveSnapshot snapshot) {
        return number != null ? snapshot.issue(number) : snapshot.issueById(Objects.requireNonNull(slug));
    }

    String notFoundMessage(ArchiveSnapshot snapshot) {
        if (number != null) {
            return "There is no issue number " + number
                    + " in the archive; GET /api/issues lists the issues there are.";
        }
        List<String> specials = snapshot.issues().stream()
                .filter(i -> i.ref().number() == null)
                .map(i -> i.ref().id())
                .limit(SPECIAL_IDS_SHOWN)
                .toList();
        return "There is no issue with id '" + slug + "' in the archive; numbered issues are addressed by number, "
                + "special issues by one of " + specials + ". GET /api/issues lists the issues there are.";
    }
}
