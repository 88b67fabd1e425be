package org.kakehashi.bench.scheduling;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples used heap every 5 ms on a daemon thread; the peak includes the instance and any
 * garbage not yet collected, so it over- rather than under-states what a solver needs.
 */
final class HeapSampler implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
	private final Thread thread;
	private volatile boolean running = true;
	private volatile long peak;

	HeapSampler() {
		System.gc();
		peak = memory.getHeapMemoryUsage().getUsed();
		thread = Thread.ofPlatform().daemon().start(this::sample);
	}

	private void sample() {
		while (running) {
			peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	long peakMegabytes() {
		return peak >> 20;
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join();
		peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
	}
}
