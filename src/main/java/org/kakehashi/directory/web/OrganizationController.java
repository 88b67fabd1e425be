package org.kakehashi.directory.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Interest;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationKind;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.directory.OrganizationSize;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation pages: browse with filters, profile, create and edit. */
@Controller
class OrganizationController {

	private final DirectoryService directory;

	OrganizationController(DirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping("/organizations")
	String list(@RequestParam(required = false) @Nullable String cluster,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var query = new OrganizationQuery(cluster, kind, country, q, Math.max(0, page), 25);
		model.addAttribute("result", directory.organizations(query));
		model.addAttribute("query", query);
		model.addAttribute("clusters", directory.clusters());
		model.addAttribute("kinds", OrganizationKind.values());
		return htmx != null ? "directory/organizations :: results" : "directory/organizations";
	}

	@GetMapping("/organizations/{id}")
	String show(@PathVariable String id, CurrentUser user, Model model) {
		Organization org = directory.organization(id);
		model.addAttribute("org", org);
		model.addAttribute("cluster", org.clusterId() == null ? null : directory.cluster(org.clusterId()));
		model.addAttribute("contacts", directory.contactsFor(user, org));
		model.addAttribute("mayEdit", directory.mayEdit(user, org));
		return "directory/organization";
	}

	@GetMapping("/organizations/new")
	String createForm(CurrentUser user, Model model) {
		model.addAttribute("form", OrganizationForm.empty(user.clusterId()));
		return form(model, true);
	}

	@PostMapping("/organizations")
	String create(CurrentUser user, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return save(user, form, errors, model, redirect, true);
	}

	@GetMapping("/organizations/{id}/edit")
	String editForm(@PathVariable String id, CurrentUser user, Model model) {
		Organization org = directory.organization(id);
		if (!directory.mayEdit(user, org)) {
			throw new ForbiddenException("you may not edit this organisation");
		}
		model.addAttribute("form", OrganizationForm.of(org, directory.contactsFor(user, org)));
		return form(model, false);
	}

	@PostMapping("/organizations/{id}/edit")
	String edit(@PathVariable String id, CurrentUser user, @Valid @ModelAttribute("form") OrganizationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!id.equals(form.id())) {
			errors.rejectValue("id", "organization.id.immutable");
		}
		return save(user, form, errors, model, redirect, false);
	}

	private String save(CurrentUser user, OrganizationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, boolean create) {
		if (!errors.hasErrors()) {
			try {
				Organization saved = directory.save(user, form.toDocument(), create);
				redirect.addFlashAttribute("message", create ? "organization.created" : "organization.saved");
				return "redirect:/organizations/" + saved.id();
			}
			catch (InvalidInputException ex) {
				ex.problems().forEach(p -> reject(errors, p));
			}
			catch (DuplicateException ex) {
				errors.rejectValue("id", "organization.id.taken");
			}
			catch (ConcurrentEditException ex) {
				errors.reject("edit.conflict");
			}
		}
		return form(model, create);
	}

	/** Maps a rule's field name onto the form field that shows the message. */
	private static void reject(BindingResult errors, FieldProblem p) {
		String field = switch (p.field().replaceAll("[\\[.].*", "")) {
			case "name" -> "nameEn";
			case "description" -> "descriptionEn";
			case "id", "kind", "country", "size", "interests", "topics", "website", "contacts", "cluster" ->
				p.field().replaceAll("[\\[.].*", "");
			default -> null;
		};
		if (field == null) {
			errors.reject("invalid", p.message());
		}
		else {
			errors.rejectValue(field, "invalid." + field, p.message());
		}
	}

	private String form(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("clusters", directory.clusters());
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("sizes", OrganizationSize.values());
		model.addAttribute("interestCodes", Interest.ALL);
		return "directory/organization-form";
	}

}
