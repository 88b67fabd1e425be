/**
 * Reports: what a partnership of two clusters achieved, per year and over its whole
 * history, added up from the other modules' facades (commitments, exchange, events,
 * entry-portal requests) as counts only; pages with charts, XLSX and PDF exports, and the
 * funders attached to the partnerships they fund, who read exactly those reports; the
 * outcomes members record of their meetings and introductions, and the follow-up mails
 * that ask them 30 and 90 days later.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory", "accounts", "agreements", "exchange",
		"requests", "events", "notifications" })
package org.kakehashi.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
