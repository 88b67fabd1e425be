package org.kakehashi.scheduling;

/** Helpers for slot bitsets stored as runs of longs inside one big array. */
final class Bits {

	private Bits() {
	}

	static void set(long[] bits, int offset, int index) {
		bits[offset + (index >>> 6)] |= 1L << index;
	}

	static void clear(long[] bits, int offset, int index) {
		bits[offset + (index >>> 6)] &= ~(1L << index);
	}

	static boolean get(long[] bits, int offset, int index) {
		return (bits[offset + (index >>> 6)] & (1L << index)) != 0;
	}

	static int count(long[] bits, int offset, int words) {
		int count = 0;
		for (int w = 0; w < words; w++) {
			count += Long.bitCount(bits[offset + w]);
		}
		return count;
	}

}
