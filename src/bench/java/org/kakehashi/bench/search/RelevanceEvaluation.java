package org.kakehashi.bench.search;

/** Placeholder until the judged corpus exists. */
final class RelevanceEvaluation {

	RelevanceEvaluation(org.kakehashi.thesaurus.Thesaurus t) {
	}

	String run() {
		return "";
	}

}
