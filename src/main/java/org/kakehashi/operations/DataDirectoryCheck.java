package org.kakehashi.operations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the data directory (database files, documents, index, logs) before anything
 * writes to it, so that an unwritable directory or a full disk ends start-up with one
 * sentence naming the directory instead of a stack trace from whichever component fails
 * first. Runs before logging starts, which itself writes under the directory.
 */
class DataDirectoryCheck implements EnvironmentPostProcessor, Ordered {

	/** Less free space than this and the database or the index would fail mid-write. */
	static final long MIN_FREE_BYTES = 64L << 20;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String dir = environment.getProperty("kakehashi.data-dir");
		if (dir != null && !dir.isBlank()) {
			check(Path.of(dir).toAbsolutePath().normalize());
		}
	}

	static void check(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new DataDirectoryException(dir, "it cannot be created (" + describe(ex) + ")");
		}
		Path probe = dir.resolve(".write-probe");
		try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.DELETE_ON_CLOSE)) {
			channel.write(ByteBuffer.allocate(64 * 1024));
			channel.force(true);
		}
		catch (IOException ex) {
			throw new DataDirectoryException(dir, "it is not writable (" + describe(ex) + ")");
		}
		long free;
		try {
			free = Files.getFileStore(dir).getUsableSpace();
		}
		catch (IOException ex) {
			throw new DataDirectoryException(dir, "its free space cannot be read (" + describe(ex) + ")");
		}
		if (free < MIN_FREE_BYTES) {
			throw new DataDirectoryException(dir, "its disk is full (" + (free >> 20) + " MB free, at least "
					+ (MIN_FREE_BYTES >> 20) + " MB needed)");
		}
	}

	private static String describe(IOException ex) {
		String reason = ex.getMessage();
		return ex.getClass().getSimpleName() + (reason == null ? "" : ": " + reason);
	}

	@Override
	public int getOrder() {
		// after the configuration files and environment variables are read
		return Ordered.LOWEST_PRECEDENCE;
	}

}
