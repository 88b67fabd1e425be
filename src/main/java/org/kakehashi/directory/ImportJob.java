package org.kakehashi.directory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One upload and its import, run in the background. Visible to the user who started it
 * and to administrators. Its state is written by the import thread and read by the
 * progress page.
 */
public final class ImportJob {

	public enum State {

		/** A spreadsheet waits for its column mapping. */
		MAPPING, RUNNING, DONE, FAILED

	}

	private final String id;

	private final String owner;

	private final String fileName;

	private final ImportFormat format;

	private final @Nullable String cluster;

	private final List<String> header;

	private final Path file;

	private final Instant created;

	private volatile State state;

	private volatile long rows;

	private volatile long bytes;

	private volatile long size;

	private volatile @Nullable ImportReport report;

	private volatile @Nullable String error;

	ImportJob(String id, String owner, String fileName, ImportFormat format, @Nullable String cluster,
			List<String> header, Path file, Instant created) {
		this.id = id;
		this.owner = owner;
		this.fileName = fileName;
		this.format = format;
		this.cluster = cluster;
		this.header = List.copyOf(header);
		this.file = file;
		this.created = created;
		this.state = State.MAPPING;
	}

	public String id() {
		return id;
	}

	public String owner() {
		return owner;
	}

	public String fileName() {
		return fileName;
	}

	public ImportFormat format() {
		return format;
	}

	/** The cluster of rows that name none. */
	public @Nullable String cluster() {
		return cluster;
	}

	public List<String> header() {
		return header;
	}

	Path file() {
		return file;
	}

	public Instant created() {
		return created;
	}

	public State state() {
		return state;
	}

	public boolean running() {
		return state == State.RUNNING;
	}

	public long rows() {
		return rows;
	}

	public @Nullable ImportReport report() {
		return report;
	}

	public @Nullable String error() {
		return error;
	}

	/** Progress in steps of 5 (for the {@code w-pct-N} classes). */
	public int percent() {
		if (state == State.DONE || state == State.FAILED) {
			return 100;
		}
		if (size <= 0) {
			return 0;
		}
		return (int) Math.min(100, bytes * 20 / size * 5);
	}

	boolean visibleTo(org.kakehashi.shared.CurrentUser user) {
		return user.isAdmin() || user.username().equals(owner);
	}

	void started(long size) {
		this.size = size;
		this.state = State.RUNNING;
	}

	void progress(long rows, long bytes) {
		this.rows = rows;
		this.bytes = bytes;
	}

	void finished(ImportReport report) {
		this.report = report;
		this.rows = report.lines();
		this.state = State.DONE;
	}

	void failed(String error) {
		this.error = error;
		this.state = State.FAILED;
	}

}
