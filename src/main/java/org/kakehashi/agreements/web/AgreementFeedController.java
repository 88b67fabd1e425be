package org.kakehashi.agreements.web;

import org.kakehashi.agreements.AgreementCalendar;
import org.kakehashi.shared.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar feed of a cluster's agreement dates. The feed URL is public (calendar apps
 * cannot sign in) and protected by the cluster's secret token; see
 * {@link AgreementCalendar}.
 */
@Controller
class AgreementFeedController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final AgreementCalendar calendar;

	AgreementFeedController(AgreementCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/feeds/clusters/{id}/agreements.ics")
	ResponseEntity<String> feed(@PathVariable String id, @RequestParam(defaultValue = "") String token) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Cache-Control", "private, max-age=900")
			.body(calendar.feed(id, token));
	}

	@PostMapping("/agreements/feeds/{clusterId}/rotate")
	String rotate(@PathVariable String clusterId, CurrentUser user, RedirectAttributes redirect) {
		calendar.rotate(user, clusterId);
		redirect.addFlashAttribute("message", "agreement.feed.rotated");
		return "redirect:/agreements?party=" + clusterId;
	}

}
