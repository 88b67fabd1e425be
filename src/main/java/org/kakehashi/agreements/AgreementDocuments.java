package org.kakehashi.agreements;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.internal.AgreementRepository;
import org.kakehashi.agreements.internal.DocumentRepository;
import org.kakehashi.agreements.internal.DocumentStore;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of agreements: upload (PDF only, size-limited, scanned through
 * {@link DocumentScanner}) and delete by the parties' managers; download by any signed-in
 * user, as the agreements themselves are readable by all signed-in users.
 */
@Service
public class AgreementDocuments {

	private static final Logger log = LoggerFactory.getLogger(AgreementDocuments.class);

	private final AgreementRepository agreements;

	private final DocumentRepository documents;

	private final DocumentStore store;

	private final DocumentScanner scanner;

	private final AgreementsProperties settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementDocuments(AgreementRepository agreements, DocumentRepository documents, DocumentStore store,
			ObjectProvider<DocumentScanner> scanner, AgreementsProperties settings, ApplicationEventPublisher events,
			Clock clock) {
		this.agreements = agreements;
		this.documents = documents;
		this.store = store;
		this.scanner = scanner.getIfAvailable(() -> (file, name) -> {
			log.warn("No virus scanner configured (DocumentScanner bean); document '{}' stored unscanned", name);
			return DocumentScanner.Verdict.CLEAN;
		});
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	public List<AgreementDocument> of(String agreementId) {
		return documents.of(agreementId);
	}

	public long maxSize() {
		return settings.maxDocumentSize().toBytes();
	}

	/**
	 * Stores an upload; refused with {@link InvalidDocumentException} unless it is an
	 * acceptable PDF.
	 */
	@Transactional
	public AgreementDocument upload(CurrentUser user, String agreementId, @Nullable String fileName,
			@Nullable String contentType, InputStream content) {
		requireEditor(user, agreementId);
		DocumentStore.Stored stored = store.store(content, maxSize());
		try {
			Optional<String> problem = DocumentCheck.problem(contentType, stored.size(), maxSize(), stored.head());
			if (problem.isPresent()) {
				throw new InvalidDocumentException(problem.get());
			}
			if (scanner.scan(store.path(stored.name()), displayName(fileName)) != DocumentScanner.Verdict.CLEAN) {
				throw new InvalidDocumentException("infected");
			}
			AgreementDocument doc = new AgreementDocument(UUID.randomUUID().toString(), agreementId,
					displayName(fileName), "application/pdf", stored.size(), stored.sha256(), user.username(),
					Instant.now(clock));
			documents.insert(doc, stored.name());
			events.publishEvent(AuditEntry.by(user, "document.uploaded", "agreement", agreementId,
					doc.fileName() + " (" + doc.size() + " bytes, sha256 " + doc.sha256() + ")"));
			return doc;
		}
		catch (RuntimeException ex) {
			store.delete(stored.name());
			throw ex;
		}
	}

	/** A document and where its file is, for download. */
	public record DocumentFile(AgreementDocument document, Path path) {
	}

	public DocumentFile open(String agreementId, String documentId) {
		DocumentRepository.Row row = documents.find(agreementId, documentId)
			.orElseThrow(() -> new NotFoundException("document", documentId));
		return new DocumentFile(row.document(), store.path(row.storedName()));
	}

	@Transactional
	public void delete(CurrentUser user, String agreementId, String documentId) {
		requireEditor(user, agreementId);
		DocumentRepository.Row row = documents.find(agreementId, documentId)
			.orElseThrow(() -> new NotFoundException("document", documentId));
		documents.delete(documentId);
		events
			.publishEvent(AuditEntry.by(user, "document.deleted", "agreement", agreementId, row.document().fileName()));
		store.delete(row.storedName());
	}

	private void requireEditor(CurrentUser user, String agreementId) {
		Agreement a = agreements.findById(agreementId)
			.orElseThrow(() -> new NotFoundException("agreement", agreementId));
		if (!AgreementService.mayEdit(user, a)) {
			throw new ForbiddenException("documents are managed by the managers of the agreement's parties");
		}
	}

	/**
	 * The uploader's file name without any path, for display and the download's file name
	 * only.
	 */
	static String displayName(@Nullable String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "document.pdf";
		}
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\"]", "").strip();
		if (base.isEmpty()) {
			return "document.pdf";
		}
		return base.length() > 200 ? base.substring(0, 200) : base;
	}

}
