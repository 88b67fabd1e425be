/**
 * The trilingual (de/en/ja) life-science concept vocabulary: concept ids, preferred
 * labels and synonyms. Other modules map words in any of the three languages to shared
 * concept ids through {@link org.kakehashi.thesaurus.Thesaurus}; administrators add
 * concepts and synonyms (stored in the database, merged over the built-in file by
 * {@link ThesaurusService}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web" })
package org.kakehashi.thesaurus;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
