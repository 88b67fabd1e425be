package org.kakehashi.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.kakehashi.exchange.internal.PostActivityRepository;
import org.kakehashi.exchange.internal.PostAttachmentStore;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers do with a post: open it (leaving a read receipt), comment or ask, attach
 * and download files. Access to the post itself is decided by {@link PostService#post}.
 */
@Service
public class PostActivity {

	static final int COMMENT_MAX = 5_000;

	private final PostService posts;

	private final PostActivityRepository activity;

	private final PostAttachmentStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PostActivity(PostService posts, PostActivityRepository activity, PostAttachmentStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.posts = posts;
		this.activity = activity;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The post page for {@code reader}; opening it from outside the author's cluster
	 * leaves a read receipt.
	 */
	@Transactional
	public PostPage open(CurrentUser reader, long id) {
		Post post = posts.post(reader, id);
		boolean insider = reader.belongsToCluster(post.clusterId());
		if (!insider) {
			activity.recordRead(id, reader.username(), reader.clusterId(), clock.instant());
		}
		return new PostPage(post, activity.comments(id), activity.attachments(id), insider ? activity.reads(id) : null,
				post.editableBy(reader), posts.mayComment(reader, post));
	}

	/**
	 * Posts of the reader's partner clusters (shared with the reader's cluster or public)
	 * that the reader has not opened yet, newest first, among the newest posts of the
	 * feed. Unread means without the reader's read receipt, which {@link #open} leaves.
	 */
	public List<Post> unreadPartnerPosts(CurrentUser reader) {
		Set<String> partners = posts.partnersFor(reader);
		if (partners.isEmpty()) {
			return List.of();
		}
		Set<Long> read = activity.readBy(reader.username());
		return posts.feed(reader, null, null)
			.stream()
			.filter(p -> partners.contains(p.clusterId()) && !read.contains(p.id()))
			.toList();
	}

	public List<PostComment> comments(CurrentUser reader, long id) {
		posts.post(reader, id);
		return activity.comments(id);
	}

	@Transactional
	public PostComment comment(CurrentUser user, long id, String body, boolean question) {
		Post post = posts.post(user, id);
		if (!posts.mayComment(user, post)) {
			throw new ForbiddenException("comments come from the managers of the clusters the post is shared with");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > COMMENT_MAX) {
			throw new InvalidInputException("body", "write between 1 and " + COMMENT_MAX + " characters");
		}
		PostComment comment = new PostComment(0, id, user.username(), user.displayName(), user.clusterId(), text,
				question, clock.instant());
		long commentId = activity.insertComment(comment);
		events.publishEvent(AuditEntry.by(user, "post.commented", "post", String.valueOf(id), "comment " + commentId));
		return activity.comments(id).stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
	}

	@Transactional
	public Attachment attach(CurrentUser user, long id, String fileName, String contentType, byte[] content) {
		Post post = posts.post(user, id);
		if (!post.editableBy(user)) {
			throw new ForbiddenException("only the managers of the author's cluster attach files");
		}
		String name = cleanName(fileName);
		String stored = files.store(contentType, content);
		Attachment attachment = new Attachment(0, id, name, stored, contentType, content.length, user.username(),
				clock.instant());
		long attachmentId = activity.insertAttachment(attachment);
		events.publishEvent(AuditEntry.by(user, "post.attached", "post", String.valueOf(id), name));
		return activity.attachment(id, attachmentId).orElseThrow();
	}

	public AttachmentFile download(CurrentUser reader, long postId, long attachmentId) {
		posts.post(reader, postId);
		Attachment a = activity.attachment(postId, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", String.valueOf(attachmentId)));
		return new AttachmentFile(a, files.path(a.storedName()));
	}

	public long maxAttachmentSize() {
		return files.maxSize();
	}

	/**
	 * The uploader's file name is kept for display and download only, without any path.
	 */
	static String cleanName(String fileName) {
		String base = fileName == null ? "" : fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\"]", "").strip();
		if (base.isEmpty()) {
			return "attachment";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

}
