/**
 * Partnering conferences, delegation trips and visits: dates in the event's own time zone,
 * venues and organising clusters. (Registrations, meeting requests and agendas come with the
 * events issue.)
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory" })
package org.kakehashi.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
