/**
 * The service's configuration contract, {@link org.twir.archive.config.TwirProperties} ({@code twir.*}), with
 * the default archive and index directories the CLI shares. Imports nothing else of {@code org.twir.archive}.
 */
@NullMarked
package org.twir.archive.config;

import org.jspecify.annotations.NullMarked;
