package org.kakehashi.agreements.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementEditing;
import org.kakehashi.agreements.AgreementRules;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.CommitmentEvidence.EvidenceRecord;
import org.kakehashi.agreements.CommitmentStatus;
import org.kakehashi.agreements.CommitmentTracking;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreements over REST in the shape of docs/interfaces.md. Writes take the same shape
 * they read (unknown and read-only fields such as {@code status} are ignored), so a
 * partner's script can GET, change and PUT back.
 */
@RestController
@Tag(name = "agreements")
class AgreementApiController {

	private final AgreementService agreements;

	private final AgreementEditing editing;

	private final CommitmentTracking tracking;

	private final MessageSource messages;

	AgreementApiController(AgreementService agreements, AgreementEditing editing, CommitmentTracking tracking,
			MessageSource messages) {
		this.agreements = agreements;
		this.editing = editing;
		this.tracking = tracking;
		this.messages = messages;
	}

	@GetMapping("/api/v1/agreements")
	@Operation(operationId = "listAgreements", summary = "All agreements, optionally of one party (cluster id)")
	List<AgreementJson> list(@RequestParam(required = false) @Nullable String party) {
		List<AgreementView> all = agreements.all(party);
		Map<String, List<CommitmentStatus>> states = tracking.current(all);
		return all.stream().map(v -> AgreementJson.of(v, states.get(v.agreement().id()), this::text)).toList();
	}

	@GetMapping("/api/v1/agreements/{id}")
	@Operation(operationId = "getAgreement",
			summary = "One agreement with its commitments and their states in the current period")
	AgreementJson one(@PathVariable String id) {
		return json(agreements.agreement(id));
	}

	@PostMapping("/api/v1/agreements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createAgreement",
			summary = "Record an agreement (managers of one of its parties); a draft unless 'signed' is given")
	ResponseEntity<AgreementJson> create(CurrentUser user, @RequestBody AgreementInput body) {
		Agreement created = editing.create(user, body.toDraft(body.id(), null));
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/agreements/" + created.id())
			.body(json(agreements.agreement(created.id())));
	}

	@PutMapping("/api/v1/agreements/{id}")
	@Operation(operationId = "updateAgreement",
			summary = "Change an agreement; 'version' must be the one you read (else 409)")
	AgreementJson update(CurrentUser user, @PathVariable String id, @RequestBody AgreementInput body) {
		if (body.id() != null && !body.id().equals(id)) {
			throw new InvalidInputException(List.of(AgreementRules.problem("id", "id-mismatch")));
		}
		editing.update(user, id, body.toDraft(id, body.version()));
		return json(agreements.agreement(id));
	}

	@PostMapping("/api/v1/agreements/{id}/renewals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "renewAgreement",
			summary = "Record the renewal of an agreement; fields left out are taken over from it")
	ResponseEntity<AgreementJson> renew(CurrentUser user, @PathVariable String id,
			@RequestBody(required = false) @Nullable AgreementInput body) {
		var prefilled = editing.renewalDraft(id);
		var draft = body == null ? prefilled : body.over(prefilled);
		Agreement renewal = editing.renew(user, id, draft);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/agreements/" + renewal.id())
			.body(json(agreements.agreement(renewal.id())));
	}

	private AgreementJson json(AgreementView view) {
		return AgreementJson.of(view, tracking.current(view), this::text);
	}

	/** A record's text in the caller's language. */
	private String text(EvidenceRecord r) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(r.key(), r.argumentsIn(locale), locale);
	}

}
