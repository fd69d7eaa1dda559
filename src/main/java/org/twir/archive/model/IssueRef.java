package org.twir.archive.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What identifies an issue and is repeated on every entry: its number (null for the special, non-numbered
 * issues such as "The State of Rust 0.8"), its publication date, title, the page on this-week-in-rust.org and
 * the source file name (relative to {@code content/}), which is the issue's stable key in the index.
 */
public record IssueRef(
        @Nullable Integer number, LocalDate date, String title, String siteUrl, String sourceFile, boolean special) {

    public IssueRef {
        Objects.requireNonNull(date, "date must not be null");
        Checks.notBlank(title, "title");
        Checks.notBlank(siteUrl, "siteUrl");
        Checks.notBlank(sourceFile, "sourceFile");
        if (number != null && number <= 0) {
            throw new IllegalArgumentException("number must be positive, was " + number);
        }
        if (number == null && !special) {
            throw new IllegalArgumentException("an issue without a number must be marked special: " + sourceFile);
        }
    }

    /** The index key of the issue: its source file name. */
    public String key() {
        return sourceFile;
    }

    /** The issue's URL-safe identifier: its number, or a slug of its source file for a special issue. */
    public String id() {
        return IssueIds.of(number, sourceFile);
    }
}
