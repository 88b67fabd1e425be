package org.kakehashi.requests.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.IllegalTransitionException;
import org.kakehashi.requests.NewAttachment;
import org.kakehashi.requests.RequestAccess;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.RequestOutcome;
import org.kakehashi.requests.RequestParties;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequestStep;
import org.kakehashi.requests.RequesterVisibility;
import org.kakehashi.requests.RequestThread;
import org.kakehashi.requests.internal.CandidateSuggestions;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one request: facts, service-level clock, timeline, introductions, the
 * message thread and the forms of the steps the viewer may take (only those).
 */
@Controller
class RequestPageController {

	private final RequestService requests;

	private final RequestThread thread;

	private final RequestClocks clocks;

	private final RequestParties parties;

	private final DirectoryService directory;

	private final CandidateSuggestions suggestions;

	private final RequestHistoryLines historyLines;

	RequestPageController(RequestService requests, RequestThread thread, RequestClocks clocks, RequestParties parties,
			DirectoryService directory, CandidateSuggestions suggestions, RequestHistoryLines historyLines) {
		this.requests = requests;
		this.historyLines = historyLines;
		this.thread = thread;
		this.clocks = clocks;
		this.parties = parties;
		this.directory = directory;
		this.suggestions = suggestions;
	}

	@GetMapping("/requests/{id}")
	String show(@PathVariable String id, CurrentUser user, Model model) {
		EntryRequest r = requests.request(user, id);
		Set<RequestStep.Action> allowed = RequestAccess.allowedActions(user, r);
		model.addAttribute("r", r);
		model.addAttribute("clock", clocks.running(r));
		RequesterVisibility who = requests.requesterVisibility(user, r);
		model.addAttribute("who", who);
		model.addAttribute("requester", who.hidden() ? null : directory.organization(r.requesterOrganization()));
		model.addAttribute("home", directory.cluster(r.homeCluster()));
		model.addAttribute("target", directory.cluster(r.targetCluster()));
		model.addAttribute("partner", r.partnerCluster() == null ? null : directory.cluster(r.partnerCluster()));
		model.addAttribute("history", historyLines.lines(requests.transitions(user, id), who,
				directory.cluster(r.homeCluster()), LocaleContextHolder.getLocale()));
		if (r.agreementId() != null) {
			model.addAttribute("agreementTitles", parties.agreementTitles(r.agreementId()));
		}
		model.addAttribute("introduced",
				requests.introductions(user, id)
					.stream()
					.map(i -> directory.organization(i.organizationId()))
					.toList());
		model.addAttribute("messages", thread.messages(user, id));
		model.addAttribute("allowed", allowed.stream().map(RequestStep.Action::code).toList());
		model.addAttribute("outcomes", RequestOutcome.values());
		if (allowed.contains(RequestStep.Action.FORWARD)) {
			model.addAttribute("partners",
					parties.partnerClusters(r.homeCluster()).stream().map(directory::cluster).toList());
		}
		if (allowed.contains(RequestStep.Action.ASSIGN)) {
			model.addAttribute("managers", parties.managersOf(r.actingCluster()));
		}
		if (allowed.contains(RequestStep.Action.INTRODUCE)) {
			model.addAttribute("candidates", suggestions.suggest(r.title() + "\n" + r.description(), r.actingCluster(),
					r.requesterOrganization(), 5));
			model.addAttribute("organizations",
					directory.organizations(new OrganizationQuery(r.actingCluster(), null, null, null, 0, 500))
						.items());
		}
		return "requests/show";
	}

	@PostMapping("/requests/{id}/steps")
	String step(@PathVariable String id, CurrentUser user, @RequestParam String action,
			@RequestParam(required = false) @Nullable String partnerCluster,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable List<String> organizations,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable Integer rating,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		requests.request(user, id);
		try {
			RequestStep step = RequestStep.of(action, partnerCluster, reason, organizations, outcome, rating, comment,
					assignee);
			requests.act(user, id, step, version);
			redirect.addFlashAttribute("message", "request.step.done." + step.action().code());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "request.invalid." + ex.first().field());
		}
		catch (IllegalTransitionException ex) {
			redirect.addFlashAttribute("error", "request.step.illegal");
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "edit.conflict");
		}
		return "redirect:/requests/" + id;
	}

	@PostMapping("/requests/{id}/messages")
	String message(@PathVariable String id, CurrentUser user, @RequestParam(defaultValue = "") String body,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes redirect) throws IOException {
		requests.request(user, id);
		List<NewAttachment> attachments = new ArrayList<>();
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			if (!f.isEmpty()) {
				attachments.add(new NewAttachment(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(),
						f.getBytes()));
			}
		}
		try {
			thread.post(user, id, body, attachments);
			redirect.addFlashAttribute("message", "request.message.posted");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "request.invalid." + ex.first().field());
		}
		return "redirect:/requests/" + id + "#messages";
	}

	@GetMapping("/requests/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String attachmentId, CurrentUser user) {
		RequestThread.Download d = thread.attachment(user, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(d.attachment().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(d.path()));
	}

}
