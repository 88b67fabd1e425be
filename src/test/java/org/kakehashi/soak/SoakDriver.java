package org.kakehashi.soak;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.net.http.HttpClient;

import org.kakehashi.soak.SoakMix.Action;
import org.kakehashi.soak.SoakMix.Periodic;

/**
 * Runs the mix against a target at a fixed request rate until the time is up: a few more
 * people (virtual threads) than the rate needs, each visiting as the next demo user in
 * turn, all waiting on one {@link Pacer}.
 */
final class SoakDriver {

	private final SoakTarget target;

	private final int rate;

	private final SoakMix mix;

	private final SoakStats stats;

	private final AtomicInteger nextUser = new AtomicInteger();

	private final AtomicLong signInFailures = new AtomicLong();

	private final AtomicLong driverErrors = new AtomicLong();

	SoakDriver(SoakTarget target, int rate, SoakMix mix, SoakStats stats) {
		this.target = target;
		this.rate = rate;
		this.mix = mix;
		this.stats = stats;
	}

	void run(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		HttpClient http = SoakClient.newHttpClient();
		try (Pacer pacer = new Pacer(rate, end); ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < Math.max(4, rate); i++) {
				people.submit(() -> visitUntil(end, new SoakClient(http, target.base(), pacer, stats)));
			}
		}
	}

	private void visitUntil(long end, SoakClient client) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (System.nanoTime() < end) {
			Periodic work = mix.due();
			try {
				if (work != null) {
					visit(client, SoakUser.named(work.username()), random, () -> {
						client.doing(work.name());
						work.behaviour().accept(new Visit(client, SoakUser.named(work.username()), target, random));
					});
				}
				else {
					SoakUser user = SoakUser.ALL.get(Math.floorMod(nextUser.getAndIncrement(), SoakUser.ALL.size()));
					int steps = 4 + random.nextInt(5);
					visit(client, user, random, () -> {
						for (int i = 0; i < steps && System.nanoTime() < end; i++) {
							Action action = SoakMix.draw(user.role(), random);
							client.doing(action.name());
							action.behaviour().accept(new Visit(client, user, target, random));
						}
					});
				}
			}
			catch (RuntimeException ex) {
				// a bug of the driver (e.g. a page it could not read), not of the
				// application
				if (driverErrors.incrementAndGet() <= 5) {
					System.err.println("soak driver: " + ex);
				}
				client.forgetSession();
			}
		}
	}

	private void visit(SoakClient client, SoakUser user, ThreadLocalRandom random, Runnable steps) {
		Visit visit = new Visit(client, user, target, random);
		client.doing("sign in");
		if (!SoakActions.signIn(visit)) {
			signInFailures.incrementAndGet();
			client.forgetSession();
			return;
		}
		steps.run();
		client.doing("sign out");
		SoakActions.signOut(visit);
	}

	long signInFailures() {
		return signInFailures.get();
	}

	long driverErrors() {
		return driverErrors.get();
	}

}
