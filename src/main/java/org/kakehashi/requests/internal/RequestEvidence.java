package org.kakehashi.requests.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kakehashi.agreements.CommitmentEvidence;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.requests.RequestType;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
		return recordsByKind(party, partner, from, to).getOrDefault(kind, List.of());
	}

	/** Both kinds from one query. */
	@Override
	public Map<CommitmentKind, List<EvidenceRecord>> recordsByKind(String party, String partner, LocalDate from,
			LocalDate to) {
		Map<CommitmentKind, List<EvidenceRecord>> byKind = new EnumMap<>(CommitmentKind.class);
		kinds().forEach(kind -> byKind.put(kind, new ArrayList<>()));
		for (RequestRepository.Handled h : requests.handledBetween(party, partner, from, to)) {
			EvidenceRecord record = EvidenceRecord.of(h.on(), "evidence.request", "/requests/" + h.id(),
					new DefaultMessageSourceResolvable("request.type." + h.type().code()));
			if (RequestType.SME_MARKET_ENTRY.contains(h.type())) {
				byKind.get(CommitmentKind.SME_MARKET_ENTRY).add(record);
			}
			if (h.type() == RequestType.TECHNOLOGY_TRANSFER) {
				byKind.get(CommitmentKind.TECHNOLOGY_TRANSFER).add(record);
			}
		}
		return byKind;
	}

}
