/**
 * Partnering conferences, delegation trips, visits and online partnering: dates in the
 * event's own time zone, meeting slots and tables, registrations with availability,
 * meeting requests, scheduling runs (mapped to the pure {@code scheduling} module),
 * published personal agendas, reminders, check-in and feedback.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory", "accounts", "notifications",
		"agreements", "scheduling" })
package org.kakehashi.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
