package org.kakehashi.agreements.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementDraft;
import org.kakehashi.agreements.AgreementEditing;
import org.kakehashi.agreements.AgreementKind;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.agreements.CommitmentPeriod;
import org.kakehashi.agreements.DatePrecision;
import org.kakehashi.agreements.Signatory;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating, editing and renewing agreements in the browser, for the parties' managers. A
 * save over someone else's newer version re-shows the form with the conflict instead of
 * overwriting. The "add a row" buttons submit the form with {@code add} and get it back
 * with one more row, so they work without script.
 */
@Controller
class AgreementFormController {

	/** A party a signatory can sign for, shown by its name. */
	record PartyChoice(String id, LocalizedText names) {
	}

	/**
	 * What a signatory's party list offers: first the parties ticked on the form, then
	 * the other clusters, so that a signatory of a party ticked just now can be entered
	 * without script (the rules refuse one that is not a party when saving).
	 */
	record PartyChoices(List<PartyChoice> parties, List<PartyChoice> others) {
	}

	private final AgreementService agreements;

	private final AgreementEditing editing;

	private final DirectoryService directory;

	AgreementFormController(AgreementService agreements, AgreementEditing editing, DirectoryService directory) {
		this.agreements = agreements;
		this.editing = editing;
		this.directory = directory;
	}

	@GetMapping("/agreements/new")
	String createForm(CurrentUser user, Model model) {
		AgreementDraft empty = new AgreementDraft(null, AgreementKind.MEMORANDUM_OF_UNDERSTANDING.code(), null, null,
				null, null, null, null, null, null, null, null,
				user.clusterId() == null ? List.of() : List.of(user.clusterId()), null, null, null);
		model.addAttribute("form", AgreementForm.of(empty));
		return form(model, "create", null);
	}

	@PostMapping("/agreements")
	String create(CurrentUser user, @ModelAttribute("form") AgreementForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String add, Model model, RedirectAttributes redirect) {
		if (add != null) {
			addRow(form, add, model);
			return form(model, "create", null);
		}
		if (!errors.hasErrors()) {
			try {
				Agreement a = editing.create(user, form.toDraft());
				redirect.addFlashAttribute("message", "agreement.created");
				return "redirect:/agreements/" + a.id();
			}
			catch (InvalidInputException ex) {
				reject(form, errors, ex.problems());
			}
			catch (DuplicateException ex) {
				errors.rejectValue("id", "agreement.error.id-taken");
			}
		}
		form.withSpareRows();
		return form(model, "create", null);
	}

	@GetMapping("/agreements/{id}/edit")
	String editForm(@PathVariable String id, CurrentUser user, Model model) {
		Agreement a = editable(user, id);
		model.addAttribute("form", AgreementForm.of(AgreementDraft.of(a)));
		return form(model, "edit", a);
	}

	@PostMapping("/agreements/{id}/edit")
	String edit(@PathVariable String id, CurrentUser user, @ModelAttribute("form") AgreementForm form,
			BindingResult errors, @RequestParam(required = false) @Nullable String add, Model model,
			RedirectAttributes redirect) {
		Agreement current = editable(user, id);
		if (add != null) {
			addRow(form, add, model);
			return form(model, "edit", current);
		}
		if (!errors.hasErrors()) {
			try {
				editing.update(user, id, form.toDraft());
				redirect.addFlashAttribute("message", "agreement.saved");
				return "redirect:/agreements/" + id;
			}
			catch (InvalidInputException ex) {
				reject(form, errors, ex.problems());
			}
			catch (ConcurrentEditException ex) {
				errors.reject("edit.conflict");
				model.addAttribute("conflict", true);
			}
		}
		form.withSpareRows();
		return form(model, "edit", current);
	}

	@GetMapping("/agreements/{id}/renew")
	String renewForm(@PathVariable String id, CurrentUser user, Model model) {
		Agreement predecessor = editable(user, id);
		model.addAttribute("form", AgreementForm.of(editing.renewalDraft(id)));
		return form(model, "renew", predecessor);
	}

	@PostMapping("/agreements/{id}/renewals")
	String renew(@PathVariable String id, CurrentUser user, @ModelAttribute("form") AgreementForm form,
			BindingResult errors, @RequestParam(required = false) @Nullable String add, Model model,
			RedirectAttributes redirect) {
		Agreement predecessor = editable(user, id);
		if (add != null) {
			addRow(form, add, model);
			return form(model, "renew", predecessor);
		}
		if (!errors.hasErrors()) {
			try {
				Agreement renewal = editing.renew(user, id, form.toDraft());
				redirect.addFlashAttribute("message", "agreement.renewed");
				return "redirect:/agreements/" + renewal.id();
			}
			catch (InvalidInputException ex) {
				reject(form, errors, ex.problems());
			}
			catch (DuplicateException ex) {
				errors.reject("agreement.error." + ("renews".equals(ex.field()) ? "already-renewed" : "id-taken"));
			}
		}
		form.withSpareRows();
		return form(model, "renew", predecessor);
	}

	@PostMapping("/agreements/{id}/sign")
	String sign(@PathVariable String id, CurrentUser user, @RequestParam long version, LocalDate signedOn,
			@RequestParam(required = false) String place, @RequestParam(required = false) String occasion,
			RedirectAttributes redirect) {
		try {
			editing.sign(user, id, version, signedOn, DatePrecision.DAY, place, occasion);
			redirect.addFlashAttribute("message", "agreement.signedNow");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "agreement.error." + ex.problems().get(0).code());
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "edit.conflict");
		}
		return "redirect:/agreements/" + id;
	}

	/**
	 * One more row of the kind {@code add} names, its first field focused: the browser
	 * then scrolls to it instead of showing the top of the long form.
	 */
	private static void addRow(AgreementForm form, String add, Model model) {
		form.withOneMoreRow(add);
		model.addAttribute("focus", add.equals("commitment") ? "c" + (form.getCommitments().size() - 1) + "kind"
				: "s" + (form.getSignatories().size() - 1) + "name");
	}

	private Agreement editable(CurrentUser user, String id) {
		Agreement a = agreements.agreement(id).agreement();
		if (!AgreementService.mayEdit(user, a)) {
			throw new ForbiddenException("agreements are changed by the managers of their parties");
		}
		return a;
	}

	private static void reject(AgreementForm form, BindingResult errors, List<FieldProblem> problems) {
		for (FieldProblem p : problems) {
			String field = form.formField(p.field());
			if (field.equals("version") || field.equals("renews")) {
				errors.reject("agreement.error." + p.code());
			}
			else {
				errors.rejectValue(field, "agreement.error." + p.code());
			}
		}
	}

	private String form(Model model, String mode, @Nullable Agreement current) {
		AgreementForm form = (AgreementForm) model.getAttribute("form");
		model.addAttribute("mode", mode);
		model.addAttribute("current", current);
		model.addAttribute("clusters", directory.clusters());
		model.addAttribute("partyChoices", form == null ? new PartyChoices(List.of(), List.of()) : partyChoices(form));
		model.addAttribute("capacities", Signatory.Capacity.values());
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("commitmentKinds", CommitmentKind.values());
		model.addAttribute("periods", CommitmentPeriod.values());
		model.addAttribute("precisions", Arrays.asList(DatePrecision.values()));
		return "agreements/form";
	}

	/**
	 * The clusters, and any other organisation the form names as a party or a signatory's
	 * party (an agreement recorded through the API may have one).
	 */
	private PartyChoices partyChoices(AgreementForm form) {
		Map<String, PartyChoice> known = new LinkedHashMap<>();
		directory.clusters().forEach(c -> known.put(c.id(), new PartyChoice(c.id(), c.names())));
		Set<String> others = new LinkedHashSet<>(form.getParties());
		form.getSignatories().forEach(s -> others.add(s.getPartyId()));
		others.removeIf(p -> p == null || p.isBlank() || known.containsKey(p));
		if (!others.isEmpty()) {
			directory.organizations(others).forEach(o -> known.put(o.id(), new PartyChoice(o.id(), o.names())));
		}
		List<PartyChoice> parties = form.getParties()
			.stream()
			.distinct()
			.map(known::get)
			.filter(Objects::nonNull)
			.toList();
		return new PartyChoices(parties,
				known.values().stream().filter(c -> !form.getParties().contains(c.id())).toList());
	}

}
