package org.kakehashi.agreements.web;

import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.agreements.AgreementCalendar;
import org.kakehashi.agreements.AgreementDocuments;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.CommitmentTracking;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Agreement pages: the list (optionally for one party, with that cluster's calendar feed
 * for its managers), each agreement with its commitments' states, documents, renewal
 * chain and history, and the timeline of a partnership.
 */
@Controller
class AgreementController {

	private final AgreementService agreements;

	private final CommitmentTracking tracking;

	private final AgreementDocuments documents;

	private final AgreementCalendar calendar;

	private final AccountService accounts;

	private final DirectoryService directory;

	private final AbsoluteLinks links;

	AgreementController(AgreementService agreements, CommitmentTracking tracking, AgreementDocuments documents,
			AgreementCalendar calendar, AccountService accounts, DirectoryService directory, AbsoluteLinks links) {
		this.agreements = agreements;
		this.tracking = tracking;
		this.documents = documents;
		this.calendar = calendar;
		this.accounts = accounts;
		this.directory = directory;
		this.links = links;
	}

	@GetMapping("/agreements")
	String list(@RequestParam(required = false) @Nullable String party, CurrentUser user, Model model) {
		model.addAttribute("agreements", agreements.all(party));
		model.addAttribute("party", party);
		model.addAttribute("clusters", clusterNames());
		model.addAttribute("mayCreate", user.isAdmin() || user.role() == org.kakehashi.shared.Role.CLUSTER_MANAGER);
		if (party != null && !party.isBlank() && user.managesCluster(party) && clusterNames().containsKey(party)) {
			model.addAttribute("feedUrl", links
				.forRequest("/feeds/clusters/" + party + "/agreements.ics?token=" + calendar.tokenFor(user, party)));
		}
		return "agreements/list";
	}

	@GetMapping("/agreements/{id}")
	String show(@PathVariable String id, CurrentUser user, Model model) {
		AgreementView view = agreements.agreement(id);
		boolean mayEdit = AgreementService.mayEdit(user, view.agreement());
		model.addAttribute("view", view);
		model.addAttribute("chain", agreements.chain(id));
		model.addAttribute("clusters", clusterNames());
		model.addAttribute("statuses", tracking.current(view));
		model.addAttribute("documents", documents.of(id));
		model.addAttribute("maxDocumentMegabytes", documents.maxSize() / (1024 * 1024));
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit) {
			model.addAttribute("history", accounts.history("agreement", id));
		}
		return "agreements/show";
	}

	@GetMapping("/partnerships/{a}/{b}")
	String partnership(@PathVariable String a, @PathVariable String b, Model model) {
		// a cluster is no partner of itself: /partnerships/biom/biom names no partnership
		if (a.equals(b)) {
			throw new NotFoundException("partnership", a + "/" + b);
		}
		directory.cluster(a);
		directory.cluster(b);
		List<AgreementView> between = agreements.between(a, b);
		model.addAttribute("a", a);
		model.addAttribute("b", b);
		model.addAttribute("clusters", clusterNames());
		model.addAttribute("agreements", between);
		model.addAttribute("years",
				tracking.byYear(between)
					.stream()
					.sorted(Comparator.comparingInt(CommitmentTracking.YearStatus::year).reversed())
					.toList());
		return "agreements/partnership";
	}

	private Map<String, Cluster> clusterNames() {
		Map<String, Cluster> map = new LinkedHashMap<>();
		directory.clusters().forEach(c -> map.put(c.id(), c));
		return map;
	}

}
