/**
 * The editors' duplicate check, independent of Lucene: canonical URLs, an in-memory link index of the parsed
 * archive and the rules that turn a draft's links into findings, for the CLI and the web alike. May import only
 * {@code model} and {@code parse}.
 */
@NullMarked
package org.twir.archive.duplicates;

import org.jspecify.annotations.NullMarked;
