package org.kakehashi.exchange;

import java.util.List;

import org.kakehashi.shared.LocalizedText;

/**
 * What a manager writes or edits; the facade checks the partners and fills in author and
 * cluster.
 *
 * @param version the version edited (ignored when creating)
 */
public record PostDraft(PostKind kind, LocalizedText titles, LocalizedText bodies, boolean isPublic,
		List<String> sharedWith, long version) {

	public PostDraft {
		sharedWith = List.copyOf(sharedWith);
	}

}
