package org.kakehashi.agreements;

import org.kakehashi.shared.LocalizedText;

/**
 * One promise of an agreement, e.g. "meet at least once a year at BIO-Europe, BIO International or
 * BioJapan".
 *
 * @param number its position in the agreement text (1-based)
 */
public record Commitment(int number, CommitmentKind kind, LocalizedText text) {

	/**
	 * The commitment's state as the API reports it. Free-text commitments are checked by hand
	 * ({@code manual}); checkable ones stay {@code open} until their records are evaluated.
	 */
	public String state() {
		return kind.checkedByHand() ? "manual" : "open";
	}

}
