@NullMarked
package org.twir.archive.index;

import org.jspecify.annotations.NullMarked;
