package org.kakehashi.requests.web;

import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.RequestParties;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequestType;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The request list (my requests / inbox) and filing a new request. */
@Controller
class RequestController {

	private final RequestService requests;

	private final RequestClocks clocks;

	private final RequestParties parties;

	private final DirectoryService directory;

	RequestController(RequestService requests, RequestClocks clocks, RequestParties parties,
			DirectoryService directory) {
		this.requests = requests;
		this.clocks = clocks;
		this.parties = parties;
		this.directory = directory;
	}

	/** One line of the list: the request, its running clock and the names to show. */
	record Row(EntryRequest request, RequestClocks.@Nullable ClockView clock, @Nullable Organization requester,
			Cluster home, Cluster target, boolean waitingForMe) {
	}

	@GetMapping("/requests")
	String list(CurrentUser user, Model model) {
		Map<String, Cluster> clusters = directory.clusters()
			.stream()
			.collect(Collectors.toMap(Cluster::id, Function.identity()));
		List<EntryRequest> visible = requests.visibleTo(user);
		Set<String> requesterHidden = requests.requesterHiddenFrom(user, visible);
		// calendars and requesting organisations once for the whole list
		Map<String, RequestClocks.ClockView> running = clocks.running(visible, clocks.now());
		Map<String, Organization> requesters = directory
			.organizations(visible.stream().map(EntryRequest::requesterOrganization).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
		List<Row> rows = visible.stream().map(r -> {
			RequestClocks.ClockView clock = running.get(r.id());
			boolean mine = clock != null && user.role() == Role.CLUSTER_MANAGER
					&& clock.cluster().equals(user.clusterId());
			Organization requester = requesterHidden.contains(r.id()) ? null
					: requesters.get(r.requesterOrganization());
			return new Row(r, clock, requester, clusters.get(r.homeCluster()),
					clusters.get(r.partnerCluster() != null ? r.partnerCluster() : r.targetCluster()), mine);
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("waiting", rows.stream().filter(Row::waitingForMe).count());
		model.addAttribute("mayFile", user.role() == Role.MEMBER || user.role() == Role.CLUSTER_MANAGER);
		return "requests/list";
	}

	@GetMapping("/requests/new")
	String newForm(CurrentUser user, Model model) {
		model.addAttribute("form", RequestForm.empty());
		return form(user, model);
	}

	@PostMapping("/requests")
	String file(CurrentUser user, @Valid @ModelAttribute("form") RequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				EntryRequest filed = requests.file(user, form.toCommand());
				redirect.addFlashAttribute("message", "request.filed");
				return "redirect:/requests/" + filed.id();
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.first().field(), "request.invalid." + ex.first().field(), ex.first().message());
			}
		}
		return form(user, model);
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("types", RequestType.values());
		String home = user.clusterId();
		model.addAttribute("partners",
				home == null ? List.of() : parties.partnerClusters(home).stream().map(directory::cluster).toList());
		model.addAttribute("members", user.role() == Role.CLUSTER_MANAGER && home != null
				? directory.organizations(new OrganizationQuery(home, null, null, null, 0, 500)).items() : List.of());
		return "requests/form";
	}

}
