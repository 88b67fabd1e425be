package org.kakehashi.directory;

/** Receives progress of a long import (lines read so far and bytes read). */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (lines, bytes) -> {
	};

	void update(long lines, long bytes);

}
