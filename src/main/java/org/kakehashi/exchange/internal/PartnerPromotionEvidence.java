package org.kakehashi.exchange.internal;

import java.time.LocalDate;
import java.util.List;

import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.CommitmentEvidence;
import org.kakehashi.agreements.CommitmentKind;
import org.springframework.stereotype.Component;

/**
 * A party promotes its partner when its partner widget (which lists every partner) was
 * loaded on a website in the period; one record per embedding site, dated on its first
 * load.
 */
@Component
class PartnerPromotionEvidence implements CommitmentEvidence {

	private final WidgetLoads loads;

	private final AgreementService agreements;

	PartnerPromotionEvidence(WidgetLoads loads, AgreementService agreements) {
		this.loads = loads;
		this.agreements = agreements;
	}

	@Override
	public List<CommitmentKind> kinds() {
		return List.of(CommitmentKind.PARTNER_PROMOTION);
	}

	@Override
	public List<EvidenceRecord> records(CommitmentKind kind, String party, String partner, LocalDate from,
			LocalDate to) {
		if (kind != CommitmentKind.PARTNER_PROMOTION || !agreements.arePartners(party, partner)) {
			return List.of();
		}
		return loads.sites(party, from, to)
			.stream()
			.map(s -> EvidenceRecord.of(s.firstDay(), "evidence.widget", "/widgets/clusters/" + party + "/partners",
					s.origin(), s.loads()))
			.toList();
	}

}
