package org.kakehashi.agreements.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Document files under {@code ${kakehashi.data-dir}/documents}, each under a random name,
 * never the uploader's (which could carry a path or clash). Copying stops one byte past
 * the limit, so an oversized upload never fills the disk.
 */
@Component
public class DocumentStore {

	private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

	private final Path dir;

	DocumentStore(@Value("${kakehashi.data-dir:./data}") String dataDir) {
		this.dir = Path.of(dataDir, "documents").toAbsolutePath().normalize();
	}

	/** A stored upload: its random name, its size (up to limit + 1) and first bytes. */
	public record Stored(String name, long size, String sha256, byte[] head) {
	}

	public Stored store(InputStream in, long limit) {
		String name = UUID.randomUUID() + ".pdf";
		try {
			Files.createDirectories(dir);
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] head = in.readNBytes(8);
			long size = head.length;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path(name)), sha)) {
				out.write(head);
				byte[] buffer = new byte[8192];
				for (int n; size <= limit && (n = in.read(buffer)) > 0; size += n) {
					out.write(buffer, 0, n);
				}
			}
			return new Stored(name, size, HexFormat.of().formatHex(sha.digest()), head);
		}
		catch (IOException ex) {
			delete(name);
			throw new UncheckedIOException("could not store document", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Path path(String name) {
		Path p = dir.resolve(name).normalize();
		if (!p.getParent().equals(dir)) {
			throw new IllegalArgumentException("not a stored document name: " + name);
		}
		return p;
	}

	public void delete(String name) {
		try {
			Files.deleteIfExists(path(name));
		}
		catch (IOException ex) {
			log.warn("Could not delete document file {}: {}", name, ex.getMessage());
		}
	}

}
