/**
 * The JSON and Atom API: thin annotated controllers that turn request parameters into search and archive
 * requests, run them off the event loop ({@link org.twir.archive.web.ArchiveAccess}) and map the records to
 * the API's JSON; errors become RFC 9457 problem details ({@link org.twir.archive.web.ApiExceptionHandler}).
 * Also serves the front end's pages. May import every package below it ({@code model}, {@code parse},
 * {@code index}, {@code search}, {@code duplicates}, {@code cotw}, {@code sync}, {@code config}), never
 * {@code app} or {@code cli}.
 */
@NullMarked
package org.twir.archive.web;

import org.jspecify.annotations.NullMarked;
