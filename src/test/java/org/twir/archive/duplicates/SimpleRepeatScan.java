package org.twir.archive.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.model.QuoteOfTheWeek;

/**
 * A deliberately simple, separately written finder of repeats in the published issues, the yardstick for the
 * checker: it shares none of the checker's code (no canonicaliser, no section rules, no title similarity).
 * A URL is compared exactly after trimming the scheme, {@code www.} and a trailing slash; an event by its group
 * link, date and lower-cased title. It looks inside one issue and at the issue just before it only.
 */
final class SimpleRepeatScan {

    /** One repeat: which class, in which issue, at which line, with which link. */
    record Repeat(String kind, Issue issue, int line, String url) {}

    private SimpleRepeatScan() {}

    static String trim(String url) {
        String u = url.strip();
        for (String scheme : List.of("https://", "http://")) {
            if (u.regionMatches(true, 0, scheme, 0, scheme.length())) {
                u = u.substring(scheme.length());
            }
        }
        if (u.regionMatches(true, 0, "www.", 0, 4)) {
            u = u.substring(4);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** The repeats in {@code later}, given the issue published just before it ({@code null} for the first). */
    static List<Repeat> scan(@Nullable Issue earlier, Issue later) {
        List<Repeat> repeats = new ArrayList<>();
        Set<String> seenArticles = new HashSet<>();
        Map<String, String> seenEvents = new HashMap<>();
        Set<String> earlierArticles = new HashSet<>();
        Set<String> earlierTriage = new HashSet<>();
        if (earlier != null) {
            for (Entry e : earlier.entries()) {
                if (isCommunity(e)) {
                    earlierArticles.add(trim(e.url()));
                } else if (e.category() == Category.PROJECT_PERFORMANCE) {
                    earlierTriage.add(trim(e.url()));
                    e.links().forEach(l -> earlierTriage.add(trim(l)));
                }
            }
        }
        LocalDate date = later.ref().date();
        for (Entry e : later.entries()) {
            String url = trim(e.url());
            if (isCommunity(e)) {
                if (!seenArticles.add(url)) {
                    repeats.add(new Repeat("article twice in the issue", later, e.line(), e.url()));
                } else if (earlierArticles.contains(url)) {
                    repeats.add(new Repeat("article in the previous issue", later, e.line(), e.url()));
                }
            } else if (e.category() == Category.PROJECT_PERFORMANCE) {
                List<String> all = new ArrayList<>(List.of(e.url()));
                all.addAll(e.links());
                for (String link : all) {
                    if (earlierTriage.contains(trim(link))) {
                        repeats.add(new Repeat("triage link in the previous triage", later, e.line(), link));
                    }
                }
            } else if (e.event() != null) {
                LocalDate day = e.event().endDate() != null
                        ? e.event().endDate()
                        : e.event().date();
                String byUrl = "url " + url + " " + day;
                String group =
                        e.event().groupUrl() == null ? null : trim(e.event().groupUrl());
                String byGroup = group == null
                        ? null
                        : "group " + group + " " + day + " "
                                + e.title().toLowerCase(Locale.ROOT).strip();
                if (seenEvents.containsKey(byUrl)) {
                    repeats.add(new Repeat("event twice, same link and day", later, e.line(), e.url()));
                } else if (byGroup != null && seenEvents.containsKey(byGroup)) {
                    repeats.add(new Repeat("event twice, same group, day and title", later, e.line(), e.url()));
                }
                seenEvents.put(byUrl, e.url());
                if (byGroup != null) {
                    seenEvents.put(byGroup, e.url());
                }
                if (day.isBefore(date)) {
                    repeats.add(new Repeat("event before the issue's date", later, e.line(), e.url()));
                }
            }
        }
        if (earlier != null) {
            Set<String> earlierCredits = new HashSet<>();
            for (QuoteOfTheWeek q : earlier.quotes()) {
                if (q.suggestedBy() != null && q.suggestedBy().url() != null) {
                    earlierCredits.add(trim(q.suggestedBy().url()));
                }
            }
            for (QuoteOfTheWeek q : later.quotes()) {
                if (q.suggestedBy() != null
                        && q.suggestedBy().url() != null
                        && earlierCredits.contains(trim(q.suggestedBy().url()))
                        && trim(q.suggestedBy().url()).matches(".*/t/[^/]+/\\d+/\\d+")) {
                    repeats.add(new Repeat(
                            "quote credit of the previous issue",
                            later,
                            q.line(),
                            q.suggestedBy().url()));
                }
            }
        }
        return repeats;
    }

    private static boolean isCommunity(Entry e) {
        return e.category().path().startsWith("community");
    }
}
