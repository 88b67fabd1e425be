package org.kakehashi.agreements.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementDraft;
import org.kakehashi.agreements.AgreementEditing;
import org.kakehashi.agreements.AgreementKind;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.agreements.CommitmentPeriod;
import org.kakehashi.agreements.DatePrecision;
import org.kakehashi.directory.DirectoryService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating, editing and renewing agreements in the browser, for the parties' managers. A
 * save over someone else's newer version re-shows the form with the conflict instead of
 * overwriting.
 */
@Controller
class AgreementFormController {

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
	String create(CurrentUser user, @ModelAttribute("form") AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
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
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agreement current = editable(user, id);
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
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agreement predecessor = editable(user, id);
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
	String sign(@PathVariable String id, CurrentUser user,
			@org.springframework.web.bind.annotation.RequestParam long version, LocalDate signedOn,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String place,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String occasion,
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

	private String form(Model model, String mode, @org.jspecify.annotations.Nullable Agreement current) {
		model.addAttribute("mode", mode);
		model.addAttribute("current", current);
		model.addAttribute("clusters", directory.clusters());
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("commitmentKinds", CommitmentKind.values());
		model.addAttribute("periods", CommitmentPeriod.values());
		model.addAttribute("precisions", Arrays.asList(DatePrecision.values()));
		return "agreements/form";
	}

}
