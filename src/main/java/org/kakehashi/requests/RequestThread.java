package org.kakehashi.requests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kakehashi.requests.internal.RequestAttachmentStore;
import org.kakehashi.requests.internal.RequestHistory;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message thread of a request, with attachments. Everyone who may see the request may
 * read and write in it; the other parties get a mail.
 */
@Service
public class RequestThread {

	public static final int MAX_BODY = 8000;

	public static final int MAX_FILES = 5;

	private final RequestService requests;

	private final RequestHistory history;

	private final RequestAttachmentStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestThread(RequestService requests, RequestHistory history, RequestAttachmentStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.history = history;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	public List<RequestMessage> messages(CurrentUser user, String requestId) {
		return history.messages(requests.request(user, requestId).id());
	}

	@Transactional
	public RequestMessage post(CurrentUser user, String requestId, String body, List<NewAttachment> attachments) {
		EntryRequest request = requests.request(user, requestId);
		if (body == null || body.isBlank() || body.length() > MAX_BODY) {
			throw new InvalidInputException("body", "a message has 1 to " + MAX_BODY + " characters");
		}
		if (attachments.size() > MAX_FILES) {
			throw new InvalidInputException("attachments", "at most " + MAX_FILES + " files per message");
		}
		List<RequestAttachmentStore.Checked> checked = attachments.stream().map(files::check).toList();
		Instant now = clock.instant();
		long id = history.addMessage(request.id(), user.username(), body.strip(), now);
		for (int i = 0; i < attachments.size(); i++) {
			String stored = files.store(attachments.get(i).content());
			var meta = new RequestMessage.Attachment(UUID.randomUUID().toString(), checked.get(i).fileName(),
					checked.get(i).contentType(), attachments.get(i).content().length);
			history.addAttachment(request.id(), id, meta, stored);
		}
		events.publishEvent(
				AuditEntry.by(user, "request.message", "request", request.id(), attachments.size() + " file(s)"));
		events.publishEvent(new EntryRequestChanged(request.id(), "message", user.username()));
		return history.message(request.id(), id).orElseThrow();
	}

	/** A file to download: for the request's readers only. */
	public record Download(RequestMessage.Attachment attachment, Path path) {
	}

	public Download attachment(CurrentUser user, String requestId, String attachmentId) {
		EntryRequest request = requests.request(user, requestId);
		var stored = history.attachment(request.id(), attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		return new Download(stored.attachment(), files.path(stored.storedName()));
	}

}
