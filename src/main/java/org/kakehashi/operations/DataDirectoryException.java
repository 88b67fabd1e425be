package org.kakehashi.operations;

import java.nio.file.Path;

/** The data directory cannot be used; the message is the one line an operator reads. */
class DataDirectoryException extends RuntimeException {

	private final Path directory;

	DataDirectoryException(Path directory, String why) {
		super("Kakehashi cannot use its data directory " + directory + ": " + why
				+ ". Free space or fix the permissions, or point KAKEHASHI_DATA_DIR at another directory.");
		this.directory = directory;
	}

	Path directory() {
		return directory;
	}

}
