package org.kakehashi.requests.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kakehashi.requests.NewAttachment;
import org.kakehashi.shared.FileSignatures;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps message attachments as files under
 * {@code ${kakehashi.data-dir}/request-attachments}, each under a random name (the
 * uploader's name is only metadata, so it can never pick a path). Only a few document
 * types are accepted, recognised by extension AND by their first bytes; the content type
 * served is ours, never the uploader's.
 */
@Component
public class RequestAttachmentStore {

	/** Extension → content type served. */
	static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg",
			"jpeg", "image/jpeg", "txt", "text/plain", "csv", "text/csv", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private final Path directory;

	private final long maxBytes;

	RequestAttachmentStore(@Value("${kakehashi.data-dir:./data}") String dataDir, RequestProperties properties) {
		this.directory = Path.of(dataDir, "request-attachments");
		this.maxBytes = properties.maxAttachmentSize().toBytes();
	}

	/** A checked file: its clean name and the content type it is served with. */
	public record Checked(String fileName, String contentType) {
	}

	public Checked check(NewAttachment file) {
		String name = baseName(file.fileName());
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("attachments", "a file needs a name of up to 200 characters");
		}
		if (file.content().length == 0 || file.content().length > maxBytes) {
			throw new InvalidInputException("attachments",
					"'" + name + "' must not be empty or larger than " + maxBytes / (1024 * 1024) + " MB");
		}
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		String type = TYPES.get(ext);
		if (type == null || !looksLike(ext, file.content())) {
			throw new InvalidInputException("attachments",
					"'" + name + "' is not an accepted file (PDF, PNG, JPEG, text, CSV, Word, Excel, PowerPoint)");
		}
		return new Checked(name, type);
	}

	/**
	 * The last part of the path a browser sends (Windows ones send {@code C:\...}),
	 * without control characters. Plain string work: {@code Path.of} refuses a NUL and
	 * has no file name for {@code /}.
	 */
	static String baseName(String fileName) {
		String base = fileName.replace('\\', '/');
		return base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cc}", "").strip();
	}

	/** Writes the file under a new random name and returns that name. */
	public String store(byte[] content) {
		String stored = UUID.randomUUID().toString().replace("-", "");
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(stored), content);
			return stored;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path path(String storedName) {
		if (!storedName.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("not a stored attachment name");
		}
		return directory.resolve(storedName);
	}

	static boolean looksLike(String ext, byte[] c) {
		return switch (ext) {
			case "pdf" -> FileSignatures.isPdf(c);
			case "png" -> FileSignatures.isPng(c);
			case "jpg", "jpeg" -> FileSignatures.isJpeg(c);
			case "docx", "xlsx", "pptx" -> FileSignatures.isOfficeOpenXml(c);
			case "txt", "csv" -> FileSignatures.isUtf8Text(c);
			default -> false;
		};
	}

}
