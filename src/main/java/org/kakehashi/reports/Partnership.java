package org.kakehashi.reports;

import java.util.Objects;

/**
 * Two clusters that signed an agreement with each other, in a fixed order (the smaller id
 * first) so that {@code biom/kawasaki} and {@code kawasaki/biom} are one partnership.
 */
public record Partnership(String first, String second) {

	public Partnership {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(second, "second");
		if (first.equals(second)) {
			throw new IllegalArgumentException("a partnership has two different clusters");
		}
		if (first.compareTo(second) > 0) {
			String t = first;
			first = second;
			second = t;
		}
	}

	public boolean has(String cluster) {
		return first.equals(cluster) || second.equals(cluster);
	}

}
