package org.twir.archive.model;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The URL-safe identifier of an issue: its number for a numbered issue, a slug of its source file for a
 * special one ({@code state-of-rust-0-11-0.rst} becomes {@code state-of-rust-0-11-0}). A slug is never
 * digits alone, so the two kinds cannot collide and {@code /api/issues/{id}} can tell them apart.
 */
public final class IssueIds {

    /** What a special issue's id looks like: lower-case letters and digits in hyphen-separated runs. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Put in front of a slug that would be digits alone (a file named {@code 2013.md}). */
    static final String DIGITS_ONLY_PREFIX = "special-";

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private IssueIds() {}

    /** The id of the issue with this number (null for a special issue) and source file. */
    public static String of(@Nullable Integer number, String sourceFile) {
        return number != null ? number.toString() : slug(sourceFile);
    }

    /** The source file name without folders and extension, lower-cased, every other character run a hyphen. */
    static String slug(String sourceFile) {
        String name = sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String slug = NOT_SLUG.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() || DIGITS.matcher(slug).matches() ? DIGITS_ONLY_PREFIX + slug : slug;
    }
}
