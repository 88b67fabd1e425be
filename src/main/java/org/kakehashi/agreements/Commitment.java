package org.kakehashi.agreements;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;

/**
 * One promise of an agreement, e.g. "meet at least once a year at BIO-Europe, BIO
 * International or BioJapan", with the rule the system checks it against.
 *
 * @param number its position in the agreement text (1-based)
 * @param rule what counts as keeping it, or null where none was agreed (then it is
 * checked by hand)
 */
public record Commitment(int number, CommitmentKind kind, LocalizedText text, @Nullable CommitmentRule rule) {

	public Commitment {
		if (number < 1) {
			throw new IllegalArgumentException("commitments are numbered from 1");
		}
		if (kind.checkedByHand()) {
			rule = null;
		}
	}

	public Commitment(int number, CommitmentKind kind, LocalizedText text) {
		this(number, kind, text, null);
	}

	/**
	 * The state before any records are looked at: free-text commitments are checked by
	 * hand ({@code manual}); checkable ones stay {@code open} until evaluated (see
	 * {@link CommitmentCheck}).
	 */
	public String state() {
		return kind.checkedByHand() ? "manual" : "open";
	}

}
