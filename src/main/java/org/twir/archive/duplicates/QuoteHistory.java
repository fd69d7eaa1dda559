package org.twir.archive.duplicates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Issue;
import org.twir.archive.model.QuoteOfTheWeek;

/**
 * Every Quote of the Week so far, by the forum post its "Thanks to X for the suggestion!" credit links and by
 * its normalised text. The credit links point into the quote thread, which {@link Boilerplate} ignores as a
 * whole; a post link is still specific to one suggestion, so the same post credited again means the credit
 * was copied from an earlier issue. Immutable once built; thread safe.
 */
final class QuoteHistory {

    /** Shorter quotes ("Yes.", "It depends") repeat by chance; they are not compared by text. */
    static final int MIN_TEXT_LENGTH = 24;

    private static final String SECTION = "Quote of the Week";
    private static final int TITLE_LENGTH = 80;

    private final Map<String, List<Occurrence>> byCredit = new HashMap<>();
    private final Map<String, List<Occurrence>> byText = new HashMap<>();

    QuoteHistory(Collection<Issue> issues, UrlCanonicalizer canonicalizer) {
        for (Issue issue : issues) {
            for (QuoteOfTheWeek quote : issue.quotes()) {
                creditPost(quote, canonicalizer)
                        .ifPresent(post -> byCredit.computeIfAbsent(post, k -> new ArrayList<>())
                                .add(occurrence(quote, creditUrl(quote))));
                String text = normalisedText(quote.text());
                if (!text.isEmpty()) {
                    String url = quote.sourceUrl() != null ? quote.sourceUrl() : creditUrl(quote);
                    byText.computeIfAbsent(text, k -> new ArrayList<>()).add(occurrence(quote, url));
                }
            }
        }
        Comparator<Occurrence> newestFirst =
                Comparator.comparing(Occurrence::date).reversed();
        byCredit.values().forEach(list -> list.sort(newestFirst));
        byText.values().forEach(list -> list.sort(newestFirst));
    }

    /** Earlier quotes whose credit linked the same forum post. */
    List<Occurrence> sameCredit(String post) {
        return byCredit.getOrDefault(post, List.of());
    }

    /** Earlier quotes with the same normalised text. */
    List<Occurrence> sameText(String normalisedText) {
        return byText.getOrDefault(normalisedText, List.of());
    }

    /**
     * The canonical link of the forum post a credit names (a Discourse {@code /t/<slug>/<id>/<post>}, which
     * {@link KnownSites} reduces to {@code /t/<id>/<post>}), or empty when the credit links a person or the thread
     * itself, which legitimately recur.
     */
    static Optional<String> creditPost(QuoteOfTheWeek quote, UrlCanonicalizer canonicalizer) {
        String url = quote.suggestedBy() == null ? null : quote.suggestedBy().url();
        if (url == null) {
            return Optional.empty();
        }
        return canonicalizer.canonicalize(url).filter(QuoteHistory::isForumPost).map(CanonicalUrl::toString);
    }

    private static boolean isForumPost(CanonicalUrl url) {
        List<String> s = url.segments();
        return s.size() == 3 && s.get(0).equals("t") && isNumber(s.get(1)) && isNumber(s.get(2));
    }

    private static boolean isNumber(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    /** Lower-case letters and digits, one space between words; "" when too short to compare. */
    static String normalisedText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.length() < MIN_TEXT_LENGTH ? "" : out.toString().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String creditUrl(QuoteOfTheWeek quote) {
        return quote.suggestedBy() == null ? null : quote.suggestedBy().url();
    }

    private static Occurrence occurrence(QuoteOfTheWeek quote, @Nullable String url) {
        String text = quote.text().strip().replaceAll("\\s+", " ");
        String title = text.length() > TITLE_LENGTH ? text.substring(0, TITLE_LENGTH - 1) + "…" : text;
        return new Occurrence(
                quote.issue().number(),
                quote.issue().date(),
                url == null ? quote.issue().siteUrl() : url,
                title,
                SECTION,
                quote.issue().siteUrl(),
                SectionRule.QUOTE);
    }
}
