@NullMarked
package org.twir.archive.duplicates;

import org.jspecify.annotations.NullMarked;
