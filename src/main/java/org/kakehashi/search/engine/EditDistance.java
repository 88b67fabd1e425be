package org.kakehashi.search.engine;

/**
 * Optimal-string-alignment distance (edits plus adjacent transpositions) with an early
 * cutoff.
 */
final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The distance between {@code a} and {@code b}, or {@code max + 1} once it must
	 * exceed {@code max}.
	 */
	static int atMost(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return max + 1;
		}
		int[] prev2 = new int[b.length() + 1];
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			int rowMin = cur[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					v = Math.min(v, prev2[j - 2] + 1);
				}
				cur[j] = v;
				rowMin = Math.min(rowMin, v);
			}
			if (rowMin > max) {
				return max + 1;
			}
			int[] t = prev2;
			prev2 = prev;
			prev = cur;
			cur = t;
		}
		return Math.min(prev[b.length()], max + 1);
	}

}
