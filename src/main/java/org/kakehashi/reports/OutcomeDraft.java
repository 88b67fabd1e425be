package org.kakehashi.reports;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Records an outcome. {@code organizationId} is the member's own organisation (then it
 * may be null) or, for a manager recording on a member's behalf, an organisation of the
 * manager's cluster. {@code sourceRef} names the meeting (booking id) or request it
 * answers, as a follow-up link opens the form; it must then match the organisations.
 */
public record OutcomeDraft(@Nullable String organizationId, String partnerOrganizationId, OutcomeKind kind,
		OutcomeSource source, @Nullable String sourceRef, LocalDate happenedOn, boolean mayBeNamed) {
}
