package org.kakehashi.directory;

import java.util.Locale;
import java.util.Optional;

/** File formats of organisation import and export. */
public enum ImportFormat {

	JSONL("jsonl", "application/x-ndjson"), CSV("csv", "text/csv"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String mediaType;

	ImportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	/** Whether the user maps columns before the import starts. */
	public boolean hasColumns() {
		return this != JSONL;
	}

	/**
	 * The format a file name says ({@code .jsonl}, {@code .ndjson}, {@code .json},
	 * {@code .csv}, {@code .xlsx}).
	 */
	public static Optional<ImportFormat> ofFileName(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
			return Optional.of(JSONL);
		}
		if (n.endsWith(".csv") || n.endsWith(".txt")) {
			return Optional.of(CSV);
		}
		return n.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
	}

	/** The format a {@code format} request parameter names. */
	public static Optional<ImportFormat> ofCode(String code) {
		for (ImportFormat f : values()) {
			if (f.extension.equalsIgnoreCase(code)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

}
