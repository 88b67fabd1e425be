/**
 * Cooperation agreements between clusters and authorities (MoUs, letters of intent,
 * programme participation): parties, signing, term, renewals as one chain, and the
 * commitments each agreement makes.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory", "accounts", "notifications" })
package org.kakehashi.agreements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
