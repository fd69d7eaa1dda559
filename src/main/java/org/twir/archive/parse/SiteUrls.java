package org.twir.archive.parse;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The page on this-week-in-rust.org. The site is built with Pelican: articles live at
 * {@code blog/{date:%Y}/{date:%m}/{date:%d}/{slug}/}, and the slug is the {@code Slug:} metadata if given, else
 * Pelican's {@code slugify} of the title with its default substitutions.
 */
final class SiteUrls {

    private static final Pattern NON_WORD = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DASHES_AND_SPACES = Pattern.compile("[-\\s]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMBINING = Pattern.compile("\\p{M}");

    private SiteUrls() {}

    /**
     * Pelican's slugify (use_unicode off): NFKD, drop what is not ASCII, drop characters that are neither word
     * characters, white space nor dashes, trim, turn runs of dashes and spaces into one dash, lower case.
     */
    static String slugify(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD);
        s = COMBINING.matcher(s).replaceAll("");
        StringBuilder ascii = new StringBuilder(s.length());
        s.chars().filter(c -> c < 128).forEach(c -> ascii.append((char) c));
        s = NON_WORD.matcher(ascii).replaceAll("").strip();
        return DASHES_AND_SPACES.matcher(s).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    static String siteUrl(LocalDate date, String slug) {
        return String.format(
                Locale.ROOT,
                "https://this-week-in-rust.org/blog/%04d/%02d/%02d/%s/",
                date.getYear(),
                date.getMonthValue(),
                date.getDayOfMonth(),
                slug);
    }
}
