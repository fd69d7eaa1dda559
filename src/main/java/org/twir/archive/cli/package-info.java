/**
 * The command line: the jar's entry point {@link org.twir.archive.cli.Cli} and its commands ({@code serve},
 * {@code parse}, {@code index}, {@code check-duplicates}), parsed by picocli. Only {@code serve} starts Spring; the
 * others call {@code parse}, {@code app}'s loader, {@code index} and {@code duplicates} directly. It sits on top:
 * it may import any other package, and no package imports it (the Spring application class included).
 */
@NullMarked
package org.twir.archive.cli;

import org.jspecify.annotations.NullMarked;
