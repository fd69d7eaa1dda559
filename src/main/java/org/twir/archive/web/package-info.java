@NullMarked
package org.twir.archive.web;

import org.jspecify.annotations.NullMarked;
