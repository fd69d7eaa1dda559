/**
 * Markdown (and the one reStructuredText issue) of the TWiR repository to {@link org.twir.archive.model.Issue}s:
 * {@link org.twir.archive.parse.ArchiveParser} reads one file, a draft or a whole archive with flexmark and
 * jsoup, collecting problems instead of stopping. It also owns what identifies its output across runs: the
 * build's {@link org.twir.archive.parse.ParserKey}, the one cache of parse results,
 * {@link org.twir.archive.parse.ParsedIssueCache}, and the checksum of a file's content,
 * {@link org.twir.archive.parse.ContentChecksum}. May import only {@code model}.
 */
@NullMarked
package org.twir.archive.parse;

import org.jspecify.annotations.NullMarked;
