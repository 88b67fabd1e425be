/**
 * The demo data set loaded on the first start against an empty database: the clusters,
 * agreements and events of the press releases in shared/seeds, fictional member
 * organisations and one demo user per role. Uses only the other modules' public facades.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory", "accounts", "agreements", "events" })
package org.kakehashi.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
