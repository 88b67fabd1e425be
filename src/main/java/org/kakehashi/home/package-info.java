/**
 * The start page: what is new for the signed-in user across clusters, agreements and
 * events.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory", "agreements", "events" })
package org.kakehashi.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
