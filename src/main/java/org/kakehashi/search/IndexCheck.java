package org.kakehashi.search;

import java.time.Instant;

/**
 * The result of comparing every document of the partner index with the directory: the
 * version each organisation has in the database against the version its document was
 * built from. Documents found missing, stale or left over were re-indexed at once; a
 * document counts only if it still differed when looked at again (a change on its way
 * through the log is not stale).
 *
 * @param organizations organisations in the directory
 * @param documents documents in the index before the repair
 * @param missing organisations without a document
 * @param stale documents built from an older version
 * @param extra documents of organisations the directory no longer has
 * @param thesaurusCurrent whether the documents were analysed with the thesaurus in use
 * (if not, a rebuild was started)
 */
public record IndexCheck(Instant checkedAt, long organizations, long documents, int missing, int stale, int extra,
		boolean thesaurusCurrent) {

	/** Documents re-indexed or removed by this check. */
	public int repaired() {
		return missing + stale + extra;
	}

	/** Whether the index matched the directory in every document. */
	public boolean consistent() {
		return repaired() == 0 && thesaurusCurrent;
	}

}
