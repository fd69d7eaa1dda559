@NullMarked
package org.twir.archive.parse;

import org.jspecify.annotations.NullMarked;
