package org.kakehashi.directory.internal;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
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

	private final JsonMapper json = JsonMapper.builder()
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
		BoundedLineReader reader = new BoundedLineReader(in, MAX_LINE_BYTES);
		ImportSession session = session(user, progress);
		session.defaultCluster(defaultCluster);
		BoundedLineReader.Line line;
		while ((line = reader.next()) != null) {
			if (line.problem() != null) {
				session.reject(line.number(), line.problem());
			}
			else if (line.text().isBlank()) {
				session.skip(line.number());
			}
			else {
				parse(session, line, reader.bytesRead());
			}
		}
		return session.finish(reader.bytesRead());
	}

	private void parse(ImportSession session, BoundedLineReader.Line line, long bytesRead) {
		@Nullable OrganizationDocument doc;
		try {
			doc = json.readValue(line.text(), OrganizationDocument.class);
		}
		catch (RuntimeException ex) {
			session.reject(line.number(), "invalid JSON: " + firstLine(ex.getMessage()));
			return;
		}
		if (doc == null) {
			session.reject(line.number(), "invalid JSON: not an object");
			return;
		}
		session.accept(line.number(), doc, bytesRead);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}

}
