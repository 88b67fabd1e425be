package org.kakehashi.soak;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/** One signed-in visit of a demo user: the browser, who it is, and where it talks to. */
record Visit(SoakClient client, SoakUser user, SoakTarget target, RandomGenerator random) {

	private static final AtomicLong SERIAL = new AtomicLong();

	<T> T pick(List<T> from) {
		return from.get(random.nextInt(from.size()));
	}

	/** A number unique in this JVM, so texts written by the soak are told apart. */
	long serial() {
		return SERIAL.incrementAndGet();
	}

}
