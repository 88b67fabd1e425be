package org.kakehashi.home;

import java.util.List;
import java.util.Map;

import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.AgreementStatus;
import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.agreements.CommitmentStatus;
import org.kakehashi.agreements.CommitmentTracking;
import org.springframework.stereotype.Component;

/**
 * The start page's commitments section for managers: the commitments of their cluster's
 * agreements in force that are at risk in the running period (the records lag behind the
 * pace the rule needs), as the agreement page judges them.
 */
@Component
class HomeCommitments {

	private final CommitmentTracking tracking;

	HomeCommitments(CommitmentTracking tracking) {
		this.tracking = tracking;
	}

	record AtRisk(Agreement agreement, CommitmentStatus status) {
	}

	HomeSection<AtRisk> atRisk(List<AgreementView> ofCluster) {
		List<AgreementView> inForce = ofCluster.stream()
			.filter(v -> AgreementStatus.IN_FORCE.contains(v.status()))
			.toList();
		Map<String, List<CommitmentStatus>> states = tracking.current(inForce);
		List<AtRisk> found = inForce.stream()
			.flatMap(v -> states.get(v.agreement().id())
				.stream()
				.filter(s -> s.state() == CommitmentState.AT_RISK)
				.map(s -> new AtRisk(v.agreement(), s)))
			.toList();
		return HomeSection.of(found, "/agreements");
	}

}
