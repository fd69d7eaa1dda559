@NullMarked
package org.twir.archive.sync;

import org.jspecify.annotations.NullMarked;
