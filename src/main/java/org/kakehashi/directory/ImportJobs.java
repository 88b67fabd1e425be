package org.kakehashi.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.internal.ImportJobRepository;
import org.kakehashi.directory.internal.ImportMappings;
import org.kakehashi.directory.internal.OrganizationImporter;
import org.kakehashi.directory.internal.SpreadsheetImporter;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InstanceId;
import org.kakehashi.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports started from the web page: the upload is kept in a temporary file, spreadsheets
 * wait for their column mapping, then the import runs on a background thread of this
 * instance. The job itself lives in the database: its progress is recorded with each
 * committed batch and its instance renews a heartbeat, so after a crash the job is marked
 * interrupted (by {@code ImportJobWatch}) and its page says up to which line the rows
 * were applied.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	// platform threads, like the rest of the application (ADR 0008)
	private final ExecutorService runner = Executors
		.newThreadPerTaskExecutor(Thread.ofPlatform().name("import-job-", 0).daemon(true).factory());

	private final OrganizationImporter lines;

	private final SpreadsheetImporter spreadsheets;

	private final ImportMappings mappings;

	private final ImportJobRepository store;

	private final DirectoryService directory;

	private final InstanceId instance;

	private final Clock clock;

	ImportJobs(OrganizationImporter lines, SpreadsheetImporter spreadsheets, ImportMappings mappings,
			ImportJobRepository store, DirectoryService directory, InstanceId instance, Clock clock) {
		this.lines = lines;
		this.spreadsheets = spreadsheets;
		this.mappings = mappings;
		this.store = store;
		this.directory = directory;
		this.instance = instance;
		this.clock = clock;
	}

	/**
	 * Takes an upload. JSON Lines start at once; CSV and XLSX wait for {@link #start}.
	 * @param cluster for administrators, the cluster of rows that name none; managers
	 * always get their own
	 * @throws IllegalArgumentException if the file is not JSONL, CSV or XLSX, or
	 * unreadable
	 */
	public ImportJob upload(CurrentUser user, String fileName, InputStream content, @Nullable String cluster)
			throws IOException {
		if (!user.isAdmin() && !user.managesCluster(user.clusterId())) {
			throw new ForbiddenException("imports are for cluster managers and administrators");
		}
		ImportFormat format = ImportFormat.ofFileName(fileName)
			.orElseThrow(() -> new IllegalArgumentException("import.error.format"));
		String target = user.isAdmin() ? blankToNull(cluster) : user.clusterId();
		if (target != null) {
			directory.cluster(target);
		}
		Path file = Files.createTempFile("kakehashi-import-", "." + format.extension());
		Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		List<String> header = List.of();
		try {
			header = format.hasColumns() ? spreadsheets.header(file, format) : List.of();
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw new IllegalArgumentException("import.error.unreadable", ex);
		}
		if (format.hasColumns() && header.isEmpty()) {
			Files.deleteIfExists(file);
			throw new IllegalArgumentException("import.error.empty");
		}
		String id = UUID.randomUUID().toString();
		String name = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
		store.insert(new ImportJobRepository.NewJob(id, user.username(), user.clusterId(), name, format, target, header,
				file.toString()), clock.instant());
		if (!format.hasColumns()) {
			run(user, id, Map.of());
		}
		return job(user, id);
	}

	/**
	 * The field proposed for each column: the user's last choice for that header, else a
	 * guess.
	 */
	public List<String> proposedMapping(CurrentUser user, ImportJob job) {
		Map<String, String> last = mappings.last(user.username(), clusterKey(job));
		return job.header().stream().map(h -> {
			String field = last.containsKey(h) ? last.get(h) : ImportFields.guess(h);
			return field == null ? "" : field;
		}).toList();
	}

	/**
	 * Starts a spreadsheet import with a field (or "" to ignore) per column; remembers
	 * the mapping.
	 */
	public ImportJob start(CurrentUser user, String id, List<String> fields) {
		ImportJob job = job(user, id);
		if (job.state() != ImportJob.State.MAPPING) {
			return job;
		}
		Map<Integer, String> byColumn = new LinkedHashMap<>();
		Map<String, String> byHeader = new LinkedHashMap<>();
		for (int i = 0; i < job.header().size(); i++) {
			String field = i < fields.size() ? fields.get(i) : "";
			byHeader.put(job.header().get(i), ImportFields.ALL.contains(field) ? field : "");
			if (ImportFields.ALL.contains(field)) {
				byColumn.put(i, field);
			}
		}
		mappings.save(user.username(), clusterKey(job), byHeader);
		run(user, id, byColumn);
		return job(user, id);
	}

	/** A job the user may see (see {@link ImportJob#visibleTo}); else not found. */
	public ImportJob job(CurrentUser user, String id) {
		return store.find(id).filter(j -> j.visibleTo(user)).orElseThrow(() -> new NotFoundException("import", id));
	}

	/**
	 * The newest jobs the user may see (own; managers: their cluster's; administrators:
	 * everyone's).
	 */
	public List<ImportJob> jobs(CurrentUser user) {
		return store.visibleTo(user).stream().filter(j -> j.visibleTo(user)).toList();
	}

	/**
	 * Claims the job for this instance and runs it in the background. A job whose upload
	 * is gone (started on another instance, or a restart cleared the temporary folder)
	 * fails with a message instead.
	 */
	private void run(CurrentUser user, String id, Map<Integer, String> mapping) {
		ImportJob job = store.find(id).orElseThrow(() -> new NotFoundException("import", id));
		Path file = store.uploadPath(id).map(Path::of).orElse(null);
		long size;
		try {
			size = file == null ? -1
					: job.format().hasColumns() ? spreadsheets.size(file, job.format()) : Files.size(file);
		}
		catch (IOException ex) {
			size = -1;
		}
		if (!store.claim(id, instance.value(), Math.max(size, 0), clock.instant())) {
			return;
		}
		if (file == null || size < 0) {
			store.fail(id, instance.value(), "the uploaded file is no longer there; please upload it again",
					clock.instant());
			return;
		}
		runner.submit(() -> execute(user, job, file, mapping));
	}

	private void execute(CurrentUser user, ImportJob job, Path file, Map<Integer, String> mapping) {
		ImportProgress progress = new ImportProgress() {
			@Override
			public void update(long rows, long bytes) {
			}

			@Override
			public void checkpoint(Checkpoint checkpoint) {
				store.checkpoint(job.id(), instance.value(), checkpoint, clock.instant());
			}
		};
		try {
			if (job.format().hasColumns()) {
				spreadsheets.importRows(user, file, job.format(), mapping, job.cluster(), progress);
			}
			else {
				try (InputStream in = Files.newInputStream(file)) {
					lines.importLines(user, in, progress, job.cluster());
				}
			}
			store.finish(job.id(), instance.value(), clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import {} of {} failed", job.id(), job.fileName(), ex);
			store.fail(job.id(), instance.value(), String.valueOf(ex.getMessage()), clock.instant());
		}
		finally {
			delete(file);
		}
	}

	private static String clusterKey(ImportJob job) {
		return job.cluster() == null ? "" : job.cluster();
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * A graceful stop interrupts running imports at once, rather than leaving them for
	 * the sweep to find a minute later.
	 */
	@PreDestroy
	void stop() {
		try {
			store.interruptOwn(instance.value(), clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark this instance's imports as interrupted", ex);
		}
		runner.shutdownNow();
	}

}
