/**
 * The jar's command line ({@code parse}, {@code index}, {@code serve}, {@code check-duplicates}), on picocli;
 * only {@code serve} starts Spring. May import every package but {@code web}; it is the only package that
 * imports the root package's {@code TwirArchiveApplication}, which imports nothing of ours.
 */
@NullMarked
package org.twir.archive.cli;

import org.jspecify.annotations.NullMarked;
