package org.twir.archive.cotw;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Person;
import org.twir.archive.model.QuoteOfTheWeek;
import org.twir.archive.model.WebUrls;

/** Every quote of the week of one archive state, newest first. */
public final class QuotesOfTheWeek {

    private final List<QuoteView> quotes;

    private QuotesOfTheWeek(List<QuoteView> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    public static QuotesOfTheWeek of(ArchiveSnapshot snapshot) {
        return new QuotesOfTheWeek(snapshot.issues().stream()
                .flatMap(i -> i.quotes().stream())
                .map(QuotesOfTheWeek::view)
                .toList());
    }

    public List<QuoteView> all() {
        return quotes;
    }

    /** The quotes whose text, author or suggester contains {@code text} (case-insensitive), and of a year. */
    public List<QuoteView> matching(String text, @Nullable Integer year) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return quotes.stream()
                .filter(q -> year == null || q.date().getYear() == year)
                .filter(q -> needle.isEmpty()
                        || contains(q.text(), needle)
                        || q.author() != null && contains(q.author().name(), needle)
                        || q.suggestedBy() != null && contains(q.suggestedBy().name(), needle))
                .toList();
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static QuoteView view(QuoteOfTheWeek quote) {
        return new QuoteView(
                quote.issue().number(),
                quote.issue().date(),
                quote.text(),
                person(quote.author()),
                WebUrls.httpOrNull(quote.sourceUrl()),
                person(quote.suggestedBy()),
                WebUrls.httpOrEmpty(quote.issue().siteUrl()));
    }

    private static @Nullable PersonView person(@Nullable Person person) {
        return person == null ? null : PersonView.of(person);
    }
}
