package org.kakehashi.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.FileSignatures;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment files on disk under random names. Only PDF, PNG and JPEG are accepted,
 * and the file's first bytes must match the declared type, so a script renamed to .pdf is
 * refused.
 */
@Component
public class PostAttachmentStore {

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", ".pdf", "image/png", ".png",
			"image/jpeg", ".jpg");

	private final ExchangeProperties properties;

	private final Path directory;

	PostAttachmentStore(ExchangeProperties properties, @Value("${kakehashi.data-dir:./data}") String dataDir) {
		this.properties = properties;
		String dir = properties.attachmentDir() != null ? properties.attachmentDir() : dataDir + "/attachments";
		this.directory = Path.of(dir).toAbsolutePath().normalize();
	}

	/** Checks size and type; the problems name the field {@code file}. */
	public List<FieldProblem> check(String contentType, byte[] content) {
		long max = properties.attachmentMaxSize().toBytes();
		if (content.length == 0) {
			return List.of(new FieldProblem("file", "is empty"));
		}
		if (content.length > max) {
			return List
				.of(new FieldProblem("file", "is larger than " + properties.attachmentMaxSize().toMegabytes() + " MB"));
		}
		if (!EXTENSIONS.containsKey(contentType)) {
			return List.of(new FieldProblem("file", "must be a PDF, PNG or JPEG file, not " + contentType));
		}
		if (!FileSignatures.matches(contentType, content)) {
			return List.of(new FieldProblem("file", "is not really a " + contentType + " file"));
		}
		return List.of();
	}

	/** Stores checked content and returns the random stored name. */
	public String store(String contentType, byte[] content) {
		List<FieldProblem> problems = check(contentType, content);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String name = UUID.randomUUID() + EXTENSIONS.get(contentType);
		try {
			Path dir = directory();
			Files.createDirectories(dir);
			Files.write(dir.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store attachment", ex);
		}
		return name;
	}

	public Path path(String storedName) {
		Path file = directory().resolve(storedName).normalize();
		if (!file.getParent().equals(directory())) {
			throw new IllegalArgumentException("not an attachment name: " + storedName);
		}
		return file;
	}

	private Path directory() {
		return directory;
	}

	public long maxSize() {
		return properties.attachmentMaxSize().toBytes();
	}

}
