package org.kakehashi.exchange.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.Post;
import org.kakehashi.exchange.PostActivity;
import org.kakehashi.exchange.PostComment;
import org.kakehashi.exchange.PostDraft;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.exchange.PostService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.LocalizedText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posts over REST ({@code /api/v1/posts}, docs/interfaces.md). The same visibility rule
 * as the pages: a post the caller may not see answers 404.
 */
@RestController
@Tag(name = "posts")
class PostApiController {

	private final PostService posts;

	private final PostActivity activity;

	PostApiController(PostService posts, PostActivity activity) {
		this.posts = posts;
		this.activity = activity;
	}

	/**
	 * A post; {@code visibility} is {@code public} or {@code partners} (then see
	 * {@code sharedWith}).
	 */
	record PostJson(long id, String kind, Map<String, String> title, Map<String, String> body, String cluster,
			String author, String visibility, List<String> sharedWith, Instant created, Instant updated, long version) {

		static PostJson of(Post p) {
			return new PostJson(p.id(), p.kind().code(), p.titles().values(), p.bodies().values(), p.clusterId(),
					p.authorUsername(), p.isPublic() ? "public" : "partners", p.sharedWith(), p.createdAt(),
					p.updatedAt(), p.version());
		}

	}

	/** A new or edited post; {@code version} is required when editing. */
	record PostRequest(@Nullable String kind, @Nullable Map<String, String> title, @Nullable Map<String, String> body,
			@Nullable String visibility, @Nullable List<String> sharedWith, @Nullable Long version) {

		PostDraft toDraft() {
			if (kind == null) {
				throw new InvalidInputException("kind", "is required: one of regional-update, technology, "
						+ "industry-development, academic-potential, best-practice, business-opportunity, event-announcement");
			}
			PostKind k;
			try {
				k = PostKind.fromCode(kind);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("kind", ex.getMessage());
			}
			if (visibility != null && !visibility.equals("public") && !visibility.equals("partners")) {
				throw new InvalidInputException("visibility", "must be 'public' or 'partners'");
			}
			return new PostDraft(k, LocalizedText.fromMap(title == null ? Map.of() : title),
					LocalizedText.fromMap(body == null ? Map.of() : body), "public".equals(visibility),
					sharedWith == null ? List.of() : sharedWith, version == null ? 0 : version);
		}

	}

	record CommentRequest(@Nullable String body, @Nullable Boolean question) {
	}

	@GetMapping("/api/v1/posts")
	@Operation(operationId = "listPosts",
			summary = "Posts visible to the caller, newest first; filter by kind and author cluster")
	List<PostJson> list(CurrentUser user, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String cluster) {
		PostKind k = kind == null || kind.isBlank() ? null : PostKind.fromCode(kind);
		return posts.feed(user, k, cluster).stream().map(PostJson::of).toList();
	}

	@PostMapping("/api/v1/posts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createPost", summary = "Write a post for the caller's cluster (cluster managers)")
	ResponseEntity<PostJson> create(CurrentUser user, @RequestBody PostRequest request) {
		Post post = posts.create(user, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/posts/" + post.id())).body(PostJson.of(post));
	}

	@GetMapping("/api/v1/posts/{id}")
	@Operation(operationId = "getPost", summary = "One post (404 when the caller may not see it)")
	PostJson one(CurrentUser user, @PathVariable long id) {
		return PostJson.of(posts.post(user, id));
	}

	@PutMapping("/api/v1/posts/{id}")
	@Operation(operationId = "updatePost",
			summary = "Edit a post; send the version you read (409 when someone saved since)")
	PostJson update(CurrentUser user, @PathVariable long id, @RequestBody PostRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required when editing");
		}
		return PostJson.of(posts.update(user, id, request.toDraft()));
	}

	@GetMapping("/api/v1/posts/{id}/comments")
	@Operation(operationId = "listComments", summary = "Comments and questions on a post, oldest first")
	List<PostComment> comments(CurrentUser user, @PathVariable long id) {
		return activity.comments(user, id);
	}

	@PostMapping("/api/v1/posts/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "comment",
			summary = "Comment on or ask about a post (managers of the clusters it is shared with)")
	ResponseEntity<PostComment> comment(CurrentUser user, @PathVariable long id, @RequestBody CommentRequest request) {
		PostComment c = activity.comment(user, id, request.body() == null ? "" : request.body(),
				Boolean.TRUE.equals(request.question()));
		return ResponseEntity.created(URI.create("/api/v1/posts/" + id + "/comments/" + c.id())).body(c);
	}

}
