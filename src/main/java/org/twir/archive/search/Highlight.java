package org.twir.archive.search;

/** Highlighted fragments, HTML-escaped except for the {@code <mark>} elements around matched terms. */
public record Highlight(String title, String description) {}
