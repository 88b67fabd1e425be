package org.kakehashi.scheduling;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Shared checks for the id rules of the contract. */
final class Ids {

	private Ids() {
	}

	static String require(String kind, String id) {
		if (id == null || id.isBlank()) {
			throw new InvalidInstanceException(kind + " without id (ids must be non-empty strings)");
		}
		return id;
	}

	static <T> void requireUnique(String kind, List<T> items, Function<T, String> id) {
		Set<String> seen = HashSet.newHashSet(items.size());
		for (T item : items) {
			if (!seen.add(id.apply(item))) {
				throw new InvalidInstanceException("duplicate " + kind + " id '" + id.apply(item) + "'");
			}
		}
	}

}
