package org.kakehashi.requests.web;

import java.util.List;
import java.util.Map;

import org.kakehashi.agreements.AgreementService;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cluster manager sets "first response within N business days" per agreement of their
 * cluster.
 */
@Controller
class ServiceLevelController {

	private final AgreementService agreements;

	private final RequestClocks clocks;

	ServiceLevelController(AgreementService agreements, RequestClocks clocks) {
		this.agreements = agreements;
		this.clocks = clocks;
	}

	/** An agreement with its current response time. */
	record Line(AgreementService.AgreementView agreement, int days) {
	}

	@GetMapping("/requests/service-levels")
	String show(CurrentUser user, Model model) {
		if (user.role() != Role.CLUSTER_MANAGER) {
			throw new ForbiddenException("service levels are set by cluster managers");
		}
		List<AgreementService.AgreementView> views = agreements.all(user.clusterId());
		Map<String, Integer> days = clocks.firstResponseDays(views.stream().map(a -> a.agreement().id()).toList());
		List<Line> lines = views.stream().map(a -> new Line(a, days.get(a.agreement().id()))).toList();
		model.addAttribute("lines", lines);
		return "requests/service-levels";
	}

	@PostMapping("/requests/service-levels")
	String set(CurrentUser user, @RequestParam String agreement, @RequestParam int days, RedirectAttributes redirect) {
		try {
			clocks.setFirstResponseDays(user, agreement, days);
			redirect.addFlashAttribute("message", "request.serviceLevel.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "request.invalid.days");
		}
		return "redirect:/requests/service-levels";
	}

}
