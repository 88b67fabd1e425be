package org.kakehashi.exchange.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.AttachmentFile;
import org.kakehashi.exchange.PostActivity;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comments (added with htmx without reloading the page), attachment upload and download
 * on a post page.
 */
@Controller
class PostActivityController {

	private final PostActivity activity;

	private final ExchangeWebSupport web;

	PostActivityController(PostActivity activity, ExchangeWebSupport web) {
		this.activity = activity;
		this.web = web;
	}

	@PostMapping("/posts/{id}/comments")
	String comment(@PathVariable long id, CurrentUser user, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") boolean question,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		String error = null;
		try {
			activity.comment(user, id, body, question);
		}
		catch (InvalidInputException ex) {
			error = "comment.invalid";
		}
		if (htmx == null) {
			redirect.addFlashAttribute(error == null ? "message" : "error", error == null ? "comment.added" : error);
			return "redirect:/posts/" + id + "#comments";
		}
		model.addAttribute("page", activity.open(user, id));
		model.addAttribute("clusters", web.clusters());
		model.addAttribute("commentError", error);
		model.addAttribute("commentBody", error == null ? "" : body);
		return "exchange/post :: comments";
	}

	@PostMapping("/posts/{id}/attachments")
	String upload(@PathVariable long id, CurrentUser user, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			activity.attach(user, id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					file.getContentType() == null ? "" : file.getContentType(), file.getBytes());
			redirect.addFlashAttribute("message", "attachment.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "attachment.invalid");
			redirect.addFlashAttribute("attachmentProblem", ex.problems().get(0).message());
		}
		return "redirect:/posts/" + id;
	}

	@GetMapping("/posts/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId, CurrentUser user) {
		AttachmentFile file = activity.download(user, id, attachmentId);
		// Served as a download with its checked type and nosniff (Spring Security's
		// default), so an
		// attachment never runs as a page of ours.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(file.path()));
	}

}
