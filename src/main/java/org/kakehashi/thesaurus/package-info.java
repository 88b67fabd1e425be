/**
 * The trilingual (de/en/ja) life-science concept vocabulary: concept ids, preferred labels
 * and synonyms. Other modules map words in any of the three languages to shared concept ids
 * through {@link org.kakehashi.thesaurus.Thesaurus}.
 */
@NullMarked
package org.kakehashi.thesaurus;

import org.jspecify.annotations.NullMarked;
