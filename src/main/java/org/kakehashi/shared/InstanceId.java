package org.kakehashi.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.UUID;

/**
 * This running instance of the application, as background work records it in the database
 * (an import job's heartbeat, a scheduler run's lease). Several instances may share one
 * database, and a restarted JVM is a new instance, so work whose instance stopped
 * renewing can be told apart from work still in progress.
 *
 * @param value host, process id and a random part; unique per start
 */
public record InstanceId(String value) {

	public InstanceId {
		Objects.requireNonNull(value, "value");
		if (value.isBlank() || value.length() > 200) {
			throw new IllegalArgumentException("an instance id has 1 to 200 characters");
		}
	}

	/** A fresh id for this JVM. */
	public static InstanceId forThisProcess() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		if (host.length() > 120) {
			host = host.substring(0, 120);
		}
		return new InstanceId(host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
				+ UUID.randomUUID().toString().substring(0, 8));
	}

}
