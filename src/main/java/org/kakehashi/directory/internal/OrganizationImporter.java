package org.kakehashi.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON Lines file into the directory in batches (one transaction per batch), so
 * memory stays flat however large the file is and a bad line never stops the good ones.
 * Spreadsheet readers feed the same {@link ImportSession}, so every format is checked by
 * the same rules.
 */
@Component
public class OrganizationImporter {

	static final int MAX_LINE_BYTES = 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final OrganizationBatches organizations;

	private final ClusterRepository clusters;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	OrganizationImporter(OrganizationBatches organizations, ClusterRepository clusters,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.clusters = clusters;
		this.transactions = transactions;
		this.events = events;
	}

	/** A new import run for documents read from any source. */
	public ImportSession session(CurrentUser user, ImportProgress progress) {
		return new ImportSession(user, progress, organizations, clusters, transactions, events);
	}

	public ImportReport importLines(CurrentUser user, InputStream in, ImportProgress progress) throws IOException {
		return importLines(user, in, progress, null);
	}

	/**
	 * As above; lines that name no cluster get {@code defaultCluster} (the import page's
	 * choice).
	 */
	public ImportReport importLines(CurrentUser user, InputStream in, ImportProgress progress,
			@Nullable String defaultCluster) throws IOException {
		ImportSession session = session(user, progress);
		session.defaultCluster(defaultCluster);
		return session.finish(readLines(in, session));
	}

	/**
	 * Reads JSON Lines into {@code sink}, each line a document or a line problem; returns
	 * the bytes read.
	 */
	static long readLines(InputStream in, ImportSink sink) throws IOException {
		BoundedLineReader reader = new BoundedLineReader(in, MAX_LINE_BYTES);
		BoundedLineReader.Line line;
		while ((line = reader.next()) != null) {
			if (line.problem() != null) {
				sink.reject(new ImportReport.LineProblem(line.number(), line.problem()));
			}
			else if (line.text().isBlank()) {
				sink.skip(line.number());
			}
			else {
				parse(sink, line, reader.bytesRead());
			}
		}
		return reader.bytesRead();
	}

	private static void parse(ImportSink sink, BoundedLineReader.Line line, long bytesRead) {
		@Nullable OrganizationDocument doc;
		try {
			doc = JSON.readValue(line.text(), OrganizationDocument.class);
		}
		catch (RuntimeException ex) {
			sink.reject(unreadable(line.number(), ex));
			return;
		}
		if (doc == null) {
			sink.reject(new ImportReport.LineProblem(line.number(), "invalid JSON: not an object",
					"import.problem.notObject", List.of()));
			return;
		}
		sink.accept(line.number(), doc, bytesRead);
	}

	/**
	 * Why a line is no organisation document, in the reader's terms: the field whose
	 * value has the wrong type, or that the line is no JSON; never the parser's message,
	 * which names Java classes.
	 */
	static ImportReport.LineProblem unreadable(long line, RuntimeException ex) {
		if (ex instanceof JacksonException jackson && !jackson.getPath().isEmpty()
				&& ex instanceof MismatchedInputException) {
			String field = path(jackson);
			return new ImportReport.LineProblem(line, field + ": has the wrong type", "import.problem.fieldType",
					List.of(field));
		}
		return new ImportReport.LineProblem(line, "invalid JSON", "import.problem.json", List.of());
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
