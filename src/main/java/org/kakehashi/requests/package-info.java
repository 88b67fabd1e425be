/**
 * The entry-portal workflow: a member asks its own cluster for help in a partner region;
 * the home cluster forwards the request under an agreement to a partner cluster (or
 * answers itself), which accepts or declines, makes introductions and closes it with an
 * outcome. Service levels per agreement, counted in business days of the responding
 * cluster's own calendar. Confidential: {@link org.kakehashi.requests.RequestAccess} is
 * the one place deciding who sees a request.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory", "agreements", "accounts",
		"notifications", "thesaurus", "exchange" })
package org.kakehashi.requests;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
