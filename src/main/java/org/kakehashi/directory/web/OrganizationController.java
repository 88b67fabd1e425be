package org.kakehashi.directory.web;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.kakehashi.thesaurus.TopicLabels;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * Organisation pages: browse with filters, profile, create and edit. The form's "add a
 * contact" and topic search are submit buttons ({@code add}) that show the form again
 * with what was entered, so they work without script.
 */
@Controller
class OrganizationController {

	private static final Pattern CONTACT_FIELD = Pattern.compile("contacts\\[(\\d+)]\\.(name|email|role)");

	private final DirectoryService directory;

	private final TopicLabels topics;

	OrganizationController(DirectoryService directory, TopicLabels topics) {
		this.directory = directory;
		this.topics = topics;
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
		return form(model, null);
	}

	@PostMapping("/organizations")
	String create(CurrentUser user, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String add, Model model, RedirectAttributes redirect) {
		return save(user, form, errors, add, model, redirect, null);
	}

	@GetMapping("/organizations/{id}/edit")
	String editForm(@PathVariable String id, CurrentUser user, Model model) {
		Organization org = editable(user, id);
		model.addAttribute("form", OrganizationForm.of(org, directory.contactsFor(user, org)));
		return form(model, org);
	}

	@PostMapping("/organizations/{id}/edit")
	String edit(@PathVariable String id, CurrentUser user, @Valid @ModelAttribute("form") OrganizationForm form,
			BindingResult errors, @RequestParam(required = false) @Nullable String add, Model model,
			RedirectAttributes redirect) {
		Organization current = editable(user, id);
		if (!id.equals(form.getId())) {
			errors.rejectValue("id", "organization.id.immutable");
		}
		return save(user, form, errors, add, model, redirect, current);
	}

	private Organization editable(CurrentUser user, String id) {
		Organization org = directory.organization(id);
		if (!directory.mayEdit(user, org)) {
			throw new ForbiddenException("you may not edit this organisation");
		}
		return org;
	}

	/**
	 * Saves, or shows the form again: on errors, or for another row or a topic search.
	 */
	private String save(CurrentUser user, OrganizationForm form, BindingResult errors, @Nullable String add,
			Model model, RedirectAttributes redirect, @Nullable Organization current) {
		boolean create = current == null;
		if (add != null) {
			// rows as entered (cleared ones included), so each click adds one more; the
			// focus (new row or search box) makes the browser scroll back to where it was
			if (add.equals("contact")) {
				form.withOneMoreRow();
				model.addAttribute("focus", "contact" + (form.getContacts().size() - 1) + "-name");
			}
			else {
				model.addAttribute("focus", "topicQuery");
			}
			return form(model, current);
		}
		List<String> kept = create ? List.of() : current.topics();
		if (form.getTopics()
			.stream()
			.filter(t -> t != null && !t.isBlank())
			.anyMatch(t -> !topics.isConcept(t) && !kept.contains(t))) {
			errors.rejectValue("topics", "organization.topics.unknown");
		}
		if (!errors.hasErrors()) {
			try {
				Organization saved = directory.save(user, form.toDocument(), create);
				redirect.addFlashAttribute("message", create ? "organization.created" : "organization.saved");
				return "redirect:/organizations/" + saved.id();
			}
			catch (InvalidInputException ex) {
				ex.problems().forEach(p -> reject(form, errors, p));
			}
			catch (DuplicateException ex) {
				errors.rejectValue("id", "organization.id.taken");
			}
			catch (ConcurrentEditException ex) {
				errors.reject("edit.conflict");
			}
		}
		form.withSpareRows();
		return form(model, current);
	}

	/** Maps a rule's field name onto the form field that shows the message. */
	private static void reject(OrganizationForm form, BindingResult errors, FieldProblem p) {
		Matcher contact = CONTACT_FIELD.matcher(p.field());
		if (contact.matches()) {
			int row = form.contactRow(Integer.parseInt(contact.group(1)));
			errors.rejectValue("contacts[" + row + "]." + contact.group(2), "invalid.contacts." + contact.group(2),
					p.message());
			return;
		}
		String field = switch (p.field().replaceAll("[\\[.].*", "")) {
			case "name" -> "nameEn";
			case "description" -> "descriptionEn";
			case "id", "kind", "country", "size", "interests", "topics", "website", "cluster" ->
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

	/** The form page; {@code current} is the organisation being edited, null when new. */
	private String form(Model model, @Nullable Organization current) {
		OrganizationForm form = (OrganizationForm) model.getAttribute("form");
		Collection<String> kept = current == null ? List.of() : current.topics();
		model.addAttribute("creating", current == null);
		model.addAttribute("clusters", directory.clusters());
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("sizes", OrganizationSize.values());
		model.addAttribute("interestCodes", Interest.ALL);
		model.addAttribute("topicPicker", TopicPickerView.of(topics, form == null ? List.of() : form.getTopics(), kept,
				form == null ? null : form.getTopicQuery(), LocaleContextHolder.getLocale()));
		return "directory/organization-form";
	}

}
