@NullMarked
package org.twir.archive.config;

import org.jspecify.annotations.NullMarked;
