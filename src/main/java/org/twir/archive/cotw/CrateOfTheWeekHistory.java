package org.twir.archive.cotw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.CrateOfTheWeek;
import org.twir.archive.model.FeaturedCrate;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.WebUrls;

/**
 * The Crate of the Week history of one archive state, computed once and then only read: every week with a
 * crate section, newest first, and every crate identity with the weeks that featured it.
 */
public final class CrateOfTheWeekHistory {

    private final List<CotwWeek> weeks;
    private final Map<String, CrateHistory> byIdentity;

    private CrateOfTheWeekHistory(List<CotwWeek> weeks, Map<String, CrateHistory> byIdentity) {
        this.weeks = List.copyOf(weeks);
        this.byIdentity = Map.copyOf(byIdentity);
    }

    /** Computes the history of a snapshot (whose issues are already newest first). */
    public static CrateOfTheWeekHistory of(ArchiveSnapshot snapshot) {
        List<CrateOfTheWeek> sections = snapshot.issues().stream()
                .map(Issue::crateOfTheWeek)
                .filter(c -> c != null)
                .toList();
        Map<String, Long> featured = sections.stream()
                .flatMap(c -> c.crates().stream())
                .collect(Collectors.groupingBy(c -> identityKey(c.id()), Collectors.counting()));
        List<CotwWeek> weeks = sections.stream().map(c -> week(c, featured)).toList();
        Map<String, List<CotwWeek>> weeksByIdentity = new LinkedHashMap<>();
        for (CotwWeek week : weeks) {
            for (CrateView crate : week.crates()) {
                List<CotwWeek> list = weeksByIdentity.computeIfAbsent(identityKey(crate.id()), k -> new ArrayList<>());
                if (list.isEmpty() || list.getLast() != week) {
                    list.add(week);
                }
            }
        }
        Map<String, CrateHistory> byIdentity = weeksByIdentity.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> history(e.getKey(), e.getValue())));
        return new CrateOfTheWeekHistory(weeks, byIdentity);
    }

    /** Every week, newest first. */
    public List<CotwWeek> weeks() {
        return weeks;
    }

    /**
     * The weeks matching a text (in a crate's name, id or description, or a suggester's name; case-insensitive)
     * and a year; a blank text or null year does not filter.
     */
    public List<CotwWeek> weeks(String text, @Nullable Integer year) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return weeks.stream()
                .filter(w -> year == null || w.date().getYear() == year)
                .filter(w -> needle.isEmpty() || matches(w, needle))
                .toList();
    }

    /**
     * The history of one crate identity. The lookup folds case, {@code -} and {@code _}, so
     * {@code async_trait}, {@code Async-Trait} and {@code async-trait} find the same crate.
     */
    public Optional<CrateHistory> crate(String identity) {
        return Optional.ofNullable(byIdentity.get(identityKey(identity)));
    }

    /** The number of distinct crate identities ever featured. */
    public int crateCount() {
        return byIdentity.size();
    }

    static String identityKey(String idOrName) {
        return idOrName.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static CotwWeek week(CrateOfTheWeek section, Map<String, Long> featured) {
        IssueRef ref = section.issue();
        List<CrateView> crates = section.crates().stream()
                .map(c ->
                        crate(c, featured.getOrDefault(identityKey(c.id()), 1L).intValue()))
                .toList();
        return new CotwWeek(
                ref.number(),
                ref.date(),
                crates,
                section.suggestedBy().stream().map(PersonView::of).toList(),
                section.noCrate(),
                WebUrls.httpOrEmpty(ref.siteUrl()),
                ref.title());
    }

    private static CrateView crate(FeaturedCrate crate, int timesFeatured) {
        return new CrateView(
                crate.name(), WebUrls.httpOrEmpty(crate.url()), crate.description(), crate.id(), timesFeatured);
    }

    private static CrateHistory history(String key, List<CotwWeek> weeks) {
        // Weeks are newest first: the newest name is the one readers know the crate by today.
        CrateView newest = weeks.getFirst().crates().stream()
                .filter(c -> identityKey(c.id()).equals(key))
                .findFirst()
                .orElseThrow();
        return new CrateHistory(newest.id(), newest.name(), weeks.size(), weeks);
    }

    private static boolean matches(CotwWeek week, String needle) {
        Function<String, Boolean> has = s -> s.toLowerCase(Locale.ROOT).contains(needle);
        return week.crates().stream()
                        .anyMatch(c -> has.apply(c.name()) || has.apply(c.id()) || has.apply(c.description()))
                || week.suggestedBy().stream().anyMatch(p -> has.apply(p.name()));
    }
}
