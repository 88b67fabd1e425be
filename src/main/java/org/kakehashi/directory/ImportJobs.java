package org.kakehashi.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.internal.ImportMappings;
import org.kakehashi.directory.internal.OrganizationImporter;
import org.kakehashi.directory.internal.SpreadsheetImporter;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports started from the web page: the upload is kept in a temporary file, spreadsheets
 * wait for their column mapping, then the import runs on a background thread. Jobs live
 * in memory (a restart forgets them; the imported rows stay) for a day after they were
 * started.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofDays(1);

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	private final ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor();

	private final OrganizationImporter lines;

	private final SpreadsheetImporter spreadsheets;

	private final ImportMappings mappings;

	private final DirectoryService directory;

	private final Clock clock;

	ImportJobs(OrganizationImporter lines, SpreadsheetImporter spreadsheets, ImportMappings mappings,
			DirectoryService directory, Clock clock) {
		this.lines = lines;
		this.spreadsheets = spreadsheets;
		this.mappings = mappings;
		this.directory = directory;
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
		forgetOld();
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
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), user.username(), fileName, format, target, header,
				file, clock.instant());
		jobs.put(job.id(), job);
		if (!format.hasColumns()) {
			run(user, job, Map.of());
		}
		return job;
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
		run(user, job, byColumn);
		return job;
	}

	/** A job the user may see (their own; any for administrators). */
	public ImportJob job(CurrentUser user, String id) {
		ImportJob job = jobs.get(id);
		if (job == null || !job.visibleTo(user)) {
			throw new NotFoundException("import", id);
		}
		return job;
	}

	/** The user's jobs (administrators: everyone's), newest first. */
	public List<ImportJob> jobs(CurrentUser user) {
		return jobs.values()
			.stream()
			.filter(j -> j.visibleTo(user))
			.sorted(Comparator.comparing(ImportJob::created).reversed())
			.toList();
	}

	private void run(CurrentUser user, ImportJob job, Map<Integer, String> mapping) {
		try {
			job.started(
					job.format().hasColumns() ? spreadsheets.size(job.file(), job.format()) : Files.size(job.file()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		runner.submit(() -> {
			try {
				ImportReport report = job.format().hasColumns()
						? spreadsheets.importRows(user, job.file(), job.format(), mapping, job.cluster(), job::progress)
						: importLines(user, job);
				job.finished(report);
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Import {} of {} failed", job.id(), job.fileName(), ex);
				job.failed(String.valueOf(ex.getMessage()));
			}
			finally {
				delete(job.file());
			}
		});
	}

	private ImportReport importLines(CurrentUser user, ImportJob job) throws IOException {
		try (InputStream in = Files.newInputStream(job.file())) {
			return lines.importLines(user, in, job::progress, job.cluster());
		}
	}

	private void forgetOld() {
		var cutoff = clock.instant().minus(KEPT);
		new ArrayList<>(jobs.values()).stream().filter(j -> j.created().isBefore(cutoff)).forEach(j -> {
			jobs.remove(j.id());
			delete(j.file());
		});
	}

	private static String clusterKey(ImportJob job) {
		return job.cluster() == null ? "" : job.cluster();
	}

	private static void delete(Path file) {
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

	@PreDestroy
	void stop() {
		runner.shutdownNow();
	}

}
