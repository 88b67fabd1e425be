package org.kakehashi.directory.web;

import jakarta.validation.Valid;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.ClusterDraft;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cluster pages: list, profile, the cluster-private contact list, create and edit. */
@Controller
class ClusterController {

	private final DirectoryService directory;

	ClusterController(DirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping("/clusters")
	String list(Model model) {
		model.addAttribute("clusters", directory.clusters());
		model.addAttribute("regions", directory.regions());
		return "directory/clusters";
	}

	@GetMapping("/clusters/{id}")
	String show(@PathVariable String id, CurrentUser user, Model model) {
		Cluster cluster = directory.cluster(id);
		model.addAttribute("cluster", cluster);
		model.addAttribute("region", directory.region(cluster.regionId()));
		model.addAttribute("members",
				directory.organizations(new OrganizationQuery(id, null, null, null, 0, 500)).items());
		model.addAttribute("mayEdit", user.managesCluster(id));
		model.addAttribute("maySeeContacts", user.belongsToCluster(id));
		return "directory/cluster";
	}

	@GetMapping("/clusters/{id}/contacts")
	String contacts(@PathVariable String id, CurrentUser user, Model model) {
		model.addAttribute("cluster", directory.cluster(id));
		model.addAttribute("contacts", directory.clusterContacts(user, id));
		return "directory/cluster-contacts";
	}

	@GetMapping("/clusters/new")
	String createForm(Model model) {
		model.addAttribute("form", ClusterDraft.empty());
		return form(model, true);
	}

	@PostMapping("/clusters")
	String create(CurrentUser user, @Valid @ModelAttribute("form") ClusterDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				directory.createCluster(user, form);
				redirect.addFlashAttribute("message", "cluster.created");
				return "redirect:/clusters/" + form.id();
			}
			catch (DuplicateException ex) {
				errors.rejectValue("id", "cluster.id.taken");
			}
			catch (InvalidInputException ex) {
				errors.rejectValue("nameEn", "name.required");
			}
		}
		return form(model, true);
	}

	@GetMapping("/clusters/{id}/edit")
	String editForm(@PathVariable String id, CurrentUser user, Model model) {
		Cluster cluster = directory.cluster(id);
		if (!user.managesCluster(id)) {
			throw new ForbiddenException("only the cluster's managers edit it");
		}
		model.addAttribute("form", ClusterDraft.of(cluster));
		return form(model, false);
	}

	@PostMapping("/clusters/{id}/edit")
	String edit(@PathVariable String id, CurrentUser user, @Valid @ModelAttribute("form") ClusterDraft form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!id.equals(form.id())) {
			errors.rejectValue("id", "cluster.id.immutable");
		}
		if (!errors.hasErrors()) {
			try {
				directory.updateCluster(user, form);
				redirect.addFlashAttribute("message", "cluster.saved");
				return "redirect:/clusters/" + id;
			}
			catch (ConcurrentEditException ex) {
				errors.reject("edit.conflict");
				model.addAttribute("current", directory.cluster(id));
			}
			catch (InvalidInputException ex) {
				errors.rejectValue("nameEn", "name.required");
			}
		}
		return form(model, false);
	}

	private String form(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("regions", directory.regions());
		return "directory/cluster-form";
	}

}
