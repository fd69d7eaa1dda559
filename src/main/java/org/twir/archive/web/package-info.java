/**
 * The JSON and Atom API: thin annotated controllers that turn request parameters into search and archive
 * requests, run them off the event loop ({@link org.twir.archive.web.ArchiveAccess}) and map the records to
 * the API's JSON; errors become RFC 9457 problem details ({@link org.twir.archive.web.ApiExceptionHandler}).
 */
@NullMarked
package org.twir.archive.web;

import org.jspecify.annotations.NullMarked;
