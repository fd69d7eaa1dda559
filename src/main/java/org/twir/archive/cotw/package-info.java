@NullMarked
package org.twir.archive.cotw;

import org.jspecify.annotations.NullMarked;
