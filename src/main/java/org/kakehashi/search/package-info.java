/**
 * Cross-lingual partner search: the Lucene index of the directory, its ranking and
 * recommendations. Keeps the index current from directory events; never reads other
 * modules' tables.
 */
@NullMarked
package org.kakehashi.search;

import org.jspecify.annotations.NullMarked;
