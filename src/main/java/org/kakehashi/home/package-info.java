/**
 * The start page: what waits for each signed-in user (their requests, meeting requests
 * and next meetings, new opportunities; for cluster managers requests due, commitments at
 * risk, unread partner posts and interest to route), built from the other modules'
 * facades, and the agreements and events around them.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "shared", "shared::web", "directory", "agreements", "events", "exchange", "requests" })
package org.kakehashi.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
