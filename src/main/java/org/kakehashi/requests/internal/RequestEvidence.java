package org.kakehashi.requests.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.kakehashi.agreements.CommitmentEvidence;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.requests.RequestType;
import org.springframework.stereotype.Component;

/**
 * Handled requests as evidence for the agreements' "SME market-entry support" and
 * "technology transfer" commitments: requests between the two clusters that reached
 * "introductions made" or "closed" in the period, dated by the day they first did.
 * Agreement pages are public to signed-in users, so a record names only the request's
 * type and id, never its title or requester; its link opens only for the request's
 * parties.
 */
@Component
class RequestEvidence implements CommitmentEvidence {

	private final RequestRepository requests;

	RequestEvidence(RequestRepository requests) {
		this.requests = requests;
	}

	@Override
	public List<CommitmentKind> kinds() {
		return List.of(CommitmentKind.SME_MARKET_ENTRY, CommitmentKind.TECHNOLOGY_TRANSFER);
	}

	@Override
	public List<EvidenceRecord> records(CommitmentKind kind, String party, String partner, LocalDate from,
			LocalDate to) {
		Set<RequestType> types = switch (kind) {
			case SME_MARKET_ENTRY -> RequestType.SME_MARKET_ENTRY;
			case TECHNOLOGY_TRANSFER -> Set.of(RequestType.TECHNOLOGY_TRANSFER);
			default -> Set.of();
		};
		return requests.handledBetween(party, partner, from, to)
			.stream()
			.filter(h -> types.contains(h.type()))
			.map(h -> new EvidenceRecord(h.on(),
					"Entry-portal request " + h.id() + " (" + h.type().code() + ") handled", "/requests/" + h.id()))
			.toList();
	}

}
