package org.kakehashi.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * Where index generations live. A rebuild writes a new generation next to the current one
 * and then marks it current, so searches never see a half-built index and a crash
 * mid-rebuild leaves the old generation in place.
 */
public interface IndexStorage {

	/** The generation to open on start-up; 1 for an empty storage. */
	long currentGeneration();

	/** Opens (creating if needed) the directory of {@code generation}. */
	Directory open(long generation) throws IOException;

	/** Records {@code generation} as the one to open next time. */
	void markCurrent(long generation) throws IOException;

	/**
	 * Removes a generation that is no longer current; its directory is already closed.
	 */
	void discard(long generation) throws IOException;

	/** Memory only, for tests and benchmarks. */
	static IndexStorage inMemory() {
		return new IndexStorage() {
			@Override
			public long currentGeneration() {
				return 1;
			}

			@Override
			public Directory open(long generation) {
				return new ByteBuffersDirectory();
			}

			@Override
			public void markCurrent(long generation) {
			}

			@Override
			public void discard(long generation) {
			}
		};
	}

	/**
	 * Memory-mapped generations under {@code root}: {@code gen-1}, {@code gen-2}, ... and
	 * a {@code CURRENT} file.
	 */
	static IndexStorage onDisk(Path root) {
		return new IndexStorage() {
			private final Path current = root.resolve("CURRENT");

			@Override
			public long currentGeneration() {
				try {
					return Files.exists(current) ? Long.parseLong(Files.readString(current).strip()) : 1;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public Directory open(long generation) throws IOException {
				Path dir = root.resolve("gen-" + generation);
				Files.createDirectories(dir);
				return new MMapDirectory(dir);
			}

			@Override
			public void markCurrent(long generation) throws IOException {
				Path tmp = root.resolve("CURRENT.tmp");
				Files.writeString(tmp, Long.toString(generation), StandardCharsets.UTF_8);
				Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}

			@Override
			public void discard(long generation) throws IOException {
				Path dir = root.resolve("gen-" + generation);
				if (Files.exists(dir)) {
					try (Stream<Path> files = Files.walk(dir)) {
						for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
							Files.delete(p);
						}
					}
				}
			}
		};
	}

}
