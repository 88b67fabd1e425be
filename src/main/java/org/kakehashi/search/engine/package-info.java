/**
 * The plain-Java cross-lingual partner-search engine: per-language analysis, mapping of
 * text in German, English and Japanese to thesaurus concepts, the Lucene index with
 * near-real-time updates and background rebuilds, ranking, facets, highlights and partner
 * suggestions. Deliberately free of Spring so that it can be tested and benchmarked on
 * its own.
 */
@NullMarked
package org.kakehashi.search.engine;

import org.jspecify.annotations.NullMarked;
