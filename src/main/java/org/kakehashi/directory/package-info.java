/**
 * The directory: regions, cluster organisations, member organisations and their contact
 * people, with multilingual names and descriptions, plus import and export of
 * organisations (docs/interfaces.md, organisation import file). The organisation form
 * offers the thesaurus concepts as topics, by their labels.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "thesaurus" })
package org.kakehashi.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
