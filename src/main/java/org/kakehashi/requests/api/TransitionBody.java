package org.kakehashi.requests.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.kakehashi.requests.RequestStep;

/**
 * {@code POST /api/v1/requests/{id}/transitions}: {@code action} plus what it needs —
 * forward: {@code partnerCluster}; decline: {@code reason}; introduce:
 * {@code organizations}; close: {@code outcome}; feedback: {@code rating} (1–5) and
 * {@code comment}; assign: {@code assignee}. {@code version}, if given, must be the
 * version the caller read.
 */
record TransitionBody(@Schema(allowableValues = {
		"forward", "accept", "decline", "start", "introduce", "close", "feedback", "assign" }) @NotBlank @Pattern(
				regexp = "forward|accept|decline|start|introduce|close|feedback|assign") String action,
		@Nullable String partnerCluster, @Nullable String reason, @Nullable List<String> organizations,
		@Nullable String outcome, @Nullable Integer rating, @Nullable String comment, @Nullable String assignee,
		@Nullable Long version){

	RequestStep toStep() {
		return RequestStep.of(action, partnerCluster, reason, organizations, outcome, rating, comment, assignee);
	}

}
