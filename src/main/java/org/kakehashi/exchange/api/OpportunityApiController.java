package org.kakehashi.exchange.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.DevelopmentStage;
import org.kakehashi.exchange.ExpressionOfInterest;
import org.kakehashi.exchange.InterestView;
import org.kakehashi.exchange.Interests;
import org.kakehashi.exchange.OpportunityDraft;
import org.kakehashi.exchange.OpportunityService;
import org.kakehashi.exchange.OpportunityType;
import org.kakehashi.exchange.OpportunityView;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business opportunities and interest in them over REST; anonymous for outsiders as on
 * the pages.
 */
@RestController
@Tag(name = "opportunities")
class OpportunityApiController {

	private final OpportunityService opportunities;

	private final Interests interests;

	OpportunityApiController(OpportunityService opportunities, Interests interests) {
		this.opportunities = opportunities;
		this.interests = interests;
	}

	record OpportunityRequest(@Nullable String type, @Nullable Map<String, String> title,
			@Nullable Map<String, String> summary, @Nullable List<String> keywords, @Nullable String stage,
			@Nullable Map<String, String> partnerSought, @Nullable LocalDate deadline, @Nullable String organization) {

		OpportunityDraft toDraft() {
			try {
				return new OpportunityDraft(OpportunityType.fromCode(type == null ? "" : type), text(title),
						text(summary), keywords == null ? List.of() : keywords,
						stage == null ? null : DevelopmentStage.fromCode(stage), text(partnerSought), deadline,
						organization);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(ex.getMessage().contains("stage") ? "stage" : "type", ex.getMessage());
			}
		}

		private static LocalizedText text(@Nullable Map<String, String> m) {
			return LocalizedText.fromMap(m == null ? Map.of() : m);
		}

	}

	record InterestRequest(@Nullable String message, @Nullable Boolean revealMyName) {
	}

	@GetMapping("/api/v1/opportunities")
	@Operation(operationId = "listOpportunities",
			summary = "Opportunities matching q in any language, optionally of one type")
	List<OpportunityView> list(CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type) {
		return opportunities.find(user, q, type == null || type.isBlank() ? null : OpportunityType.fromCode(type));
	}

	@GetMapping("/api/v1/opportunities/{id}")
	@Operation(operationId = "getOpportunity", summary = "One opportunity; owner fields are null for outsiders")
	OpportunityView one(CurrentUser user, @PathVariable long id) {
		return opportunities.opportunity(user, id);
	}

	@PostMapping("/api/v1/opportunities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createOpportunity",
			summary = "Enter an opportunity (members for their organisation, managers for their cluster)")
	ResponseEntity<OpportunityView> create(CurrentUser user, @RequestBody OpportunityRequest request) {
		OpportunityView o = opportunities.create(user, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + o.id())).body(o);
	}

	@GetMapping("/api/v1/opportunities/{id}/interests")
	@Operation(summary = "Interest the caller may see: all for the owner's cluster, their own otherwise")
	List<InterestView> interestsOf(CurrentUser user, @PathVariable long id) {
		return interests.of(user, id);
	}

	@PostMapping("/api/v1/opportunities/{id}/interests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "expressInterest",
			summary = "Express interest; it is routed to the owner's cluster as an entry-portal request")
	ResponseEntity<InterestView> express(CurrentUser user, @PathVariable long id,
			@RequestBody InterestRequest request) {
		ExpressionOfInterest i = interests.express(user, id, request.message() == null ? "" : request.message(),
				Boolean.TRUE.equals(request.revealMyName()));
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id + "/interests/" + i.id()))
			.body(InterestView.of(i, user));
	}

	@PostMapping("/api/v1/opportunities/{id}/interests/{interestId}/{action}")
	@Operation(summary = "accept or decline (owner's side), consent (interested user agrees to be named)")
	InterestView answer(CurrentUser user, @PathVariable long id, @PathVariable long interestId,
			@PathVariable String action) {
		if (interests.of(user, id).stream().noneMatch(i -> i.id() == interestId)) {
			throw new NotFoundException("interest", String.valueOf(interestId));
		}
		ExpressionOfInterest answered = switch (action) {
			case "accept" -> interests.accept(user, interestId);
			case "decline" -> interests.decline(user, interestId);
			case "consent" -> interests.consent(user, interestId);
			default -> throw new NotFoundException("action", action);
		};
		return InterestView.of(answered, user);
	}

}
