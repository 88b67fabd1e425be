package org.kakehashi.reports;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Records an outcome. {@code organizationId} is the member's own organisation (then it
 * may be null) or, for a manager recording on a member's behalf, an organisation of the
 * manager's cluster.
 */
public record OutcomeDraft(@Nullable String organizationId, String partnerOrganizationId, OutcomeKind kind,
		OutcomeSource source, LocalDate happenedOn, boolean mayBeNamed) {
}
