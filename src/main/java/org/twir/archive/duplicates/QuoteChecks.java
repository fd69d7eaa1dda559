package org.twir.archive.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Issue;
import org.twir.archive.model.QuoteOfTheWeek;

/**
 * Quote of the Week rules beyond the quote's link: a suggestion credit copied from an earlier issue, and a
 * quote whose text was already a Quote of the Week. Both are reported at the quote's first line.
 */
final class QuoteChecks {

    private QuoteChecks() {}

    static List<Finding> check(
            Issue draft,
            ArchiveLinkIndex index,
            @Nullable Integer number,
            @Nullable LocalDate date,
            List<Finding> sourceRepeats) {
        List<Finding> findings = new ArrayList<>();
        for (QuoteOfTheWeek quote : draft.quotes()) {
            credit(quote, index, number, date).ifPresent(findings::add);
            text(quote, index, number, date)
                    .filter(f -> sourceRepeats.stream()
                            .noneMatch(s -> s.canonicalUrl().equals(f.canonicalUrl())))
                    .ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> credit(
            QuoteOfTheWeek quote, ArchiveLinkIndex index, @Nullable Integer number, @Nullable LocalDate date) {
        Optional<String> post = QuoteHistory.creditPost(quote, index.canonicalizer());
        if (post.isEmpty() || quote.suggestedBy() == null || quote.suggestedBy().url() == null) {
            return Optional.empty();
        }
        List<Previous> previous = DuplicateChecker.onePerIssue(
                index.quotes().sameCredit(post.get()).stream().filter(o -> o.isBefore(number, date)));
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(
                FindingRule.QUOTE_CREDIT_BEFORE,
                quote.suggestedBy().url(),
                post.get(),
                line(quote),
                "Thanks to " + quote.suggestedBy().name() + " for the suggestion",
                previous,
                null,
                null,
                "the credit of the quote in " + previous.getFirst().describe()));
    }

    private static Optional<Finding> text(
            QuoteOfTheWeek quote, ArchiveLinkIndex index, @Nullable Integer number, @Nullable LocalDate date) {
        String text = QuoteHistory.normalisedText(quote.text());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Previous> previous = DuplicateChecker.onePerIssue(
                index.quotes().sameText(text).stream().filter(o -> o.isBefore(number, date)));
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        String url = quote.sourceUrl() != null
                ? quote.sourceUrl()
                : quote.suggestedBy() != null && quote.suggestedBy().url() != null
                        ? quote.suggestedBy().url()
                        : quote.issue().siteUrl();
        String canonical = index.canonicalizer().explain(url).canonical();
        return Optional.of(Finding.of(
                FindingRule.QUOTE_TEXT_BEFORE,
                url,
                canonical.isBlank() ? url : canonical,
                line(quote),
                previous.getFirst().title(),
                previous,
                null,
                null,
                "the same words as the quote in " + previous.getFirst().describe()));
    }

    private static @Nullable Integer line(QuoteOfTheWeek quote) {
        return quote.line() > 0 ? quote.line() : null;
    }
}
