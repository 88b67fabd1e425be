package org.kakehashi.soak;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Holds the request rate at a fixed target: a ticket is issued every 1/rate seconds and
 * every request waits for one. At most one second of unused tickets is kept, so a slow
 * spell is not followed by a burst above the target. After the deadline no more tickets
 * are given, so a run stops on time even when the application has stopped answering.
 */
final class Pacer implements AutoCloseable {

	private final Semaphore tickets = new Semaphore(0);

	private final ScheduledExecutorService clock;

	private final int rate;

	private final long deadline;

	Pacer(int requestsPerSecond, long deadlineNanoTime) {
		this.rate = requestsPerSecond;
		this.deadline = deadlineNanoTime;
		this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "soak-pacer");
			t.setDaemon(true);
			return t;
		});
		clock.scheduleAtFixedRate(this::issue, 0, 1_000_000_000L / requestsPerSecond, TimeUnit.NANOSECONDS);
	}

	private void issue() {
		if (tickets.availablePermits() < rate) {
			tickets.release();
		}
	}

	/** Waits for the next ticket; false once the deadline has passed. */
	boolean acquire() {
		try {
			while (System.nanoTime() < deadline) {
				if (tickets.tryAcquire(100, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	@Override
	public void close() {
		clock.shutdownNow();
	}

}
