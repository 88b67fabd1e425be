/**
 * Cross-lingual partner search: the Lucene index of the directory ({@code engine}, plain
 * Java), kept current from the search change log that directory and thesaurus events fill
 * in their transactions (every instance follows it, docs/decisions/0009) and rebuilt in
 * the background from the directory facade; the search page, the search API of
 * docs/interfaces.md, and suggested partners. Never reads other modules' tables.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory", "agreements", "thesaurus" })
package org.kakehashi.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
