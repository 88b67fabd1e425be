package org.kakehashi.exchange.web;

import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.exchange.Subscriptions;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My subscriptions for the weekly digest: by partner cluster and post kind. */
@Controller
class SubscriptionController {

	private final Subscriptions subscriptions;

	private final ExchangeWebSupport web;

	SubscriptionController(Subscriptions subscriptions, ExchangeWebSupport web) {
		this.subscriptions = subscriptions;
		this.web = web;
	}

	@GetMapping("/subscriptions")
	String list(CurrentUser user, Model model) {
		model.addAttribute("subscriptions", subscriptions.of(user));
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("clusters", web.clusters());
		return "exchange/subscriptions";
	}

	@PostMapping("/subscriptions")
	String subscribe(CurrentUser user, @RequestParam(required = false) @Nullable String cluster,
			@RequestParam(required = false) @Nullable String kind, RedirectAttributes redirect) {
		boolean added = subscriptions.subscribe(user, cluster == null || cluster.isBlank() ? null : cluster,
				kind == null || kind.isBlank() ? null : PostKind.fromCode(kind));
		redirect.addFlashAttribute("message", added ? "subscription.added" : "subscription.exists");
		return "redirect:/subscriptions";
	}

	@PostMapping("/subscriptions/{id}/delete")
	String unsubscribe(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		subscriptions.unsubscribe(user, id);
		redirect.addFlashAttribute("message", "subscription.removed");
		return "redirect:/subscriptions";
	}

}
