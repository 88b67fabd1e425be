package org.kakehashi.home;

import java.util.List;

/**
 * One section of the start page: the first few items of what waits, how many there are in
 * all, and the page that shows them all.
 *
 * @param all the address of the page listing everything of this kind
 */
record HomeSection<T>(List<T> items, int count, String all) {

	/** A start page shows this many items per section; the rest are one link away. */
	static final int SHOWN = 5;

	HomeSection {
		items = List.copyOf(items);
	}

	static <T> HomeSection<T> of(List<T> everything, String all) {
		return new HomeSection<>(everything.stream().limit(SHOWN).toList(), everything.size(), all);
	}

	static <T> HomeSection<T> empty(String all) {
		return new HomeSection<>(List.of(), 0, all);
	}

	public boolean isEmpty() {
		return count == 0;
	}

	/** Whether more wait than the section shows. */
	public boolean more() {
		return count > items.size();
	}

}
