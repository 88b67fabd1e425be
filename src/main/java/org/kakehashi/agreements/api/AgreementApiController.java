package org.kakehashi.agreements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.Signatory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agreements over REST in the shape of operations.md. */
@RestController
@Tag(name = "agreements")
class AgreementApiController {

	private final AgreementService agreements;

	AgreementApiController(AgreementService agreements) {
		this.agreements = agreements;
	}

	record CommitmentJson(int number, String kind, Map<String, String> text, String state) {
	}

	record AgreementJson(String id, String kind, Map<String, String> title, Map<String, String> summary,
			List<String> parties, @Nullable LocalDate signed, String signedPrecision, @Nullable String signedPlace,
			@Nullable String occasion, @Nullable LocalDate starts, @Nullable LocalDate ends, @Nullable String renews,
			List<String> renewedBy, @Nullable String programme, String status, List<Signatory> signatories,
			List<CommitmentJson> commitments, long version) {

		static AgreementJson of(AgreementView view) {
			Agreement a = view.agreement();
			return new AgreementJson(a.id(), a.kind().code(), a.titles().values(), a.summaries().values(), a.parties(),
					a.signedOn(), a.signedPrecision().name().toLowerCase(java.util.Locale.ROOT), a.signedPlace(),
					a.occasion(), a.startsOn(), a.endsOn(), a.renewsId(), view.renewedBy(), a.programme(),
					view.status().code(), a.signatories(),
					a.commitments()
						.stream()
						.map(c -> new CommitmentJson(c.number(), c.kind().code(), c.text().values(), c.state()))
						.toList(),
					a.version());
		}

	}

	@GetMapping("/api/v1/agreements")
	@Operation(summary = "All agreements, optionally of one party (cluster id)")
	List<AgreementJson> list(@RequestParam(required = false) @Nullable String party) {
		return agreements.all(party).stream().map(AgreementJson::of).toList();
	}

	@GetMapping("/api/v1/agreements/{id}")
	@Operation(summary = "One agreement with its commitments and their states")
	AgreementJson one(@PathVariable String id) {
		return AgreementJson.of(agreements.agreement(id));
	}

}
