/**
 * Keeps the archive up to date: fetches the TWiR repository with JGit, re-parses the issue files that changed
 * and applies them to the index in one commit, on a schedule or on demand, one sync at a time, recovering from
 * a crash at any step. May import only {@code model}, {@code parse}, {@code index} and {@code config}.
 */
@NullMarked
package org.twir.archive.sync;

import org.jspecify.annotations.NullMarked;
