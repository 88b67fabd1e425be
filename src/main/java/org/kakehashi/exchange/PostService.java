package org.kakehashi.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.exchange.internal.PostRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts facade. Every read goes through {@link Post#visibleTo}; a post the reader may
 * not see is reported as not found, so its existence stays private. Managers write for
 * their own cluster and share only with partner clusters (parties of a signed agreement
 * with it).
 */
@Service
public class PostService {

	static final int TITLE_MAX = 300;

	static final int BODY_MAX = 50_000;

	private final PostRepository posts;

	private final AgreementService agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PostService(PostRepository posts, AgreementService agreements, ApplicationEventPublisher events, Clock clock) {
		this.posts = posts;
		this.agreements = agreements;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Posts visible to {@code reader}, newest first, optionally of one kind or by one
	 * cluster.
	 */
	public List<Post> feed(CurrentUser reader, @Nullable PostKind kind, @Nullable String byCluster) {
		String narrow = reader.isAdmin() ? null : reader.clusterId() == null ? "" : reader.clusterId();
		return posts.findForCluster(narrow, kind, blankToNull(byCluster), 200)
			.stream()
			.filter(p -> p.visibleTo(reader))
			.toList();
	}

	/** One post, or not found when {@code reader} (null: anonymous) may not see it. */
	public Post post(@Nullable CurrentUser reader, long id) {
		return posts.findById(id)
			.filter(p -> p.visibleTo(reader))
			.orElseThrow(() -> new NotFoundException("post", String.valueOf(id)));
	}

	/**
	 * The public posts of a cluster, newest first: what the Atom feed and anonymous
	 * readers get.
	 */
	public List<Post> publicPosts(String cluster) {
		return posts.findPublic(cluster, 50).stream().filter(p -> p.visibleTo(null)).toList();
	}

	/**
	 * Posts created in {@code [from, to)} that {@code reader} may see (the weekly
	 * digest).
	 */
	public List<Post> visibleCreatedBetween(CurrentUser reader, Instant from, Instant to) {
		return posts.findCreatedBetween(from, to).stream().filter(p -> p.visibleTo(reader)).toList();
	}

	/** The clusters a manager may share with: the partners of their cluster. */
	public Set<String> partnersFor(CurrentUser user) {
		return user.clusterId() == null ? Set.of() : agreements.partnersOf(user.clusterId());
	}

	public Set<String> partnersOf(String cluster) {
		return agreements.partnersOf(cluster);
	}

	public boolean mayComment(CurrentUser user, Post post) {
		return post.commentableBy(user, agreements.partnersOf(post.clusterId()));
	}

	@Transactional
	public Post create(CurrentUser author, PostDraft draft) {
		if (author.role() != Role.CLUSTER_MANAGER || author.clusterId() == null) {
			throw new ForbiddenException("posts are written by cluster managers for their cluster");
		}
		check(draft, author.clusterId());
		Instant now = clock.instant();
		Post post = new Post(0, draft.kind(), author.clusterId(), author.username(), author.displayName(),
				draft.titles(), draft.bodies(), draft.isPublic(), draft.sharedWith(), now, now, 0);
		long id = posts.insert(post);
		events.publishEvent(AuditEntry.by(author, "post.created", "post", String.valueOf(id), draft.kind().code()));
		return posts.findById(id).orElseThrow();
	}

	@Transactional
	public Post update(CurrentUser user, long id, PostDraft draft) {
		Post existing = post(user, id);
		if (!existing.editableBy(user)) {
			throw new ForbiddenException("only the managers of the author's cluster edit a post");
		}
		check(draft, existing.clusterId());
		Post changed = new Post(id, draft.kind(), existing.clusterId(), existing.authorUsername(),
				existing.authorName(), draft.titles(), draft.bodies(), draft.isPublic(), draft.sharedWith(),
				existing.createdAt(), clock.instant(), draft.version());
		if (!posts.update(changed)) {
			throw new ConcurrentEditException("post", String.valueOf(id), draft.version());
		}
		events.publishEvent(AuditEntry.by(user, "post.updated", "post", String.valueOf(id), null));
		return posts.findById(id).orElseThrow();
	}

	private void check(PostDraft draft, String cluster) {
		List<FieldProblem> problems = new ArrayList<>();
		checkText(draft.titles(), "title", TITLE_MAX, problems);
		checkText(draft.bodies(), "body", BODY_MAX, problems);
		if (!draft.isPublic() && draft.sharedWith().isEmpty()) {
			problems
				.add(new FieldProblem("sharedWith", "choose at least one partner cluster, or make the post public"));
		}
		Set<String> partners = agreements.partnersOf(cluster);
		draft.sharedWith()
			.stream()
			.filter(c -> !partners.contains(c))
			.forEach(c -> problems
				.add(new FieldProblem("sharedWith", "'" + c + "' is not a partner cluster of " + cluster)));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static void checkText(LocalizedText text, String field, int max, List<FieldProblem> problems) {
		if (text.isEmpty()) {
			problems.add(new FieldProblem(field, "write it in at least one language (de, en or ja)"));
		}
		text.values().forEach((lang, value) -> {
			if (!LocalizedText.UI_LANGUAGES.contains(lang)) {
				problems.add(new FieldProblem(field + "." + lang, "language must be de, en or ja"));
			}
			else if (value.length() > max) {
				problems.add(new FieldProblem(field + "." + lang, "is longer than " + max + " characters"));
			}
		});
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
