@NullMarked
package org.twir.archive.search;

import org.jspecify.annotations.NullMarked;
