package org.kakehashi.exchange.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.Post;
import org.kakehashi.exchange.PostActivity;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.exchange.PostService;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post pages: the feed of posts visible to me, writing and editing a post, and each post.
 */
@Controller
class PostController {

	private static final Set<String> FIELDS = Set.of("kind", "titleDe", "titleEn", "titleJa", "bodyDe", "bodyEn",
			"bodyJa", "audience", "sharedWith");

	private final PostService posts;

	private final PostActivity activity;

	private final ExchangeWebSupport web;

	PostController(PostService posts, PostActivity activity, ExchangeWebSupport web) {
		this.posts = posts;
		this.activity = activity;
		this.web = web;
	}

	@GetMapping("/posts")
	String feed(CurrentUser user, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String partner, Model model) {
		PostKind k = kind == null || kind.isBlank() ? null : PostKind.fromCode(kind);
		model.addAttribute("posts", posts.feed(user, k, partner));
		model.addAttribute("kind", kind);
		model.addAttribute("partner", partner);
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("clusters", web.clusters());
		model.addAttribute("mayWrite", user.role() == org.kakehashi.shared.Role.CLUSTER_MANAGER);
		return "exchange/posts";
	}

	@GetMapping("/posts/new")
	String createForm(CurrentUser user, Model model) {
		requireManager(user);
		model.addAttribute("form", PostForm.empty());
		return form(user, model, null);
	}

	@PostMapping("/posts")
	String create(CurrentUser user, @ModelAttribute("form") PostForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireManager(user);
		try {
			Post post = posts.create(user, form.toDraft());
			redirect.addFlashAttribute("message", "post.created");
			return "redirect:/posts/" + post.id();
		}
		catch (InvalidInputException ex) {
			ExchangeWebSupport.reject(errors, ex.problems(), FIELDS);
			return form(user, model, null);
		}
	}

	@GetMapping("/posts/{id}")
	String show(@PathVariable long id, CurrentUser user, Model model) {
		model.addAttribute("page", activity.open(user, id));
		model.addAttribute("clusters", web.clusters());
		model.addAttribute("maxSizeMb", activity.maxAttachmentSize() / (1024 * 1024));
		return "exchange/post";
	}

	@GetMapping("/posts/{id}/edit")
	String editForm(@PathVariable long id, CurrentUser user, Model model) {
		Post post = posts.post(user, id);
		if (!post.editableBy(user)) {
			throw new ForbiddenException("only the managers of the author's cluster edit a post");
		}
		model.addAttribute("form", PostForm.of(post));
		return form(user, model, post);
	}

	@PostMapping("/posts/{id}/edit")
	String edit(@PathVariable long id, CurrentUser user, @ModelAttribute("form") PostForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Post post = posts.post(user, id);
		try {
			posts.update(user, id, form.toDraft());
			redirect.addFlashAttribute("message", "post.saved");
			return "redirect:/posts/" + id;
		}
		catch (InvalidInputException ex) {
			ExchangeWebSupport.reject(errors, ex.problems(), FIELDS);
		}
		catch (ConcurrentEditException ex) {
			errors.reject("edit.conflict");
		}
		return form(user, model, post);
	}

	private String form(CurrentUser user, Model model, @Nullable Post editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("partners",
				(editing == null ? posts.partnersFor(user) : posts.partnersOf(editing.clusterId())).stream().toList());
		model.addAttribute("clusters", web.clusters());
		return "exchange/post-form";
	}

	private static void requireManager(CurrentUser user) {
		if (user.role() != org.kakehashi.shared.Role.CLUSTER_MANAGER) {
			throw new ForbiddenException("posts are written by cluster managers");
		}
	}

}
