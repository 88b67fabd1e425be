package org.kakehashi.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.reports.FunderAttachments;
import org.kakehashi.reports.InvalidAttachmentException;
import org.kakehashi.reports.Partnership;
import org.kakehashi.reports.PartnershipReports;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators attach funder accounts to the partnerships they fund, and detach them.
 * The partnership is chosen as {@code first/second} from the existing ones, so a bad
 * value is a form error, never a 500.
 */
@Controller
class FunderAdminController {

	private final FunderAttachments funders;

	private final PartnershipReports reports;

	private final AccountService accounts;

	private final DirectoryService directory;

	FunderAdminController(FunderAttachments funders, PartnershipReports reports, AccountService accounts,
			DirectoryService directory) {
		this.funders = funders;
		this.reports = reports;
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping("/reports/funders")
	String page(Model model) {
		model.addAttribute("attachments", funders.all());
		model.addAttribute("funders", accounts.users().stream().filter(u -> u.role() == Role.FUNDER).toList());
		model.addAttribute("partnerships", reports.partnerships());
		Map<String, Cluster> clusters = new LinkedHashMap<>();
		directory.clusters().forEach(c -> clusters.put(c.id(), c));
		model.addAttribute("clusters", clusters);
		return "reports/funders";
	}

	@PostMapping("/reports/funders")
	String attach(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String partnership, CurrentUser admin,
			RedirectAttributes redirect) {
		Partnership p = parse(partnership);
		if (username == null || p == null || accounts.user(username).map(UserView::role).orElse(null) != Role.FUNDER) {
			redirect.addFlashAttribute("error", "funders.invalid");
			return "redirect:/reports/funders";
		}
		try {
			boolean added = funders.attach(admin, username, p);
			redirect.addFlashAttribute("message", added ? "funders.attached" : "funders.alreadyAttached");
		}
		catch (InvalidAttachmentException | NotFoundException ex) {
			redirect.addFlashAttribute("error", "funders.invalid");
		}
		return "redirect:/reports/funders";
	}

	@PostMapping("/reports/funders/delete")
	String detach(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String partnership, CurrentUser admin,
			RedirectAttributes redirect) {
		Partnership p = parse(partnership);
		if (username != null && p != null && funders.detach(admin, username, p)) {
			redirect.addFlashAttribute("message", "funders.detached");
		}
		else {
			redirect.addFlashAttribute("error", "funders.invalid");
		}
		return "redirect:/reports/funders";
	}

	/** One of the existing partnerships, written {@code first/second}; else null. */
	private @Nullable Partnership parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String[] parts = value.split("/", -1);
		if (parts.length != 2 || parts[0].equals(parts[1])) {
			return null;
		}
		Partnership p = new Partnership(parts[0], parts[1]);
		return reports.partnerships().contains(p) ? p : null;
	}

}
