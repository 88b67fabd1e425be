/**
 * Exchange between partner clusters: posts (regional updates, technology news, events
 * ...) shared with chosen partners or the public, comments and read receipts, business
 * opportunities in the Enterprise Europe Network's profile types with anonymous
 * expressions of interest, subscriptions with a weekly digest, a public Atom feed and an
 * embeddable partner widget per cluster.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory", "agreements", "accounts",
		"notifications", "thesaurus" })
package org.kakehashi.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
