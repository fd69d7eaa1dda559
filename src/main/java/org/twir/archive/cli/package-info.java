@NullMarked
package org.twir.archive.cli;

import org.jspecify.annotations.NullMarked;
