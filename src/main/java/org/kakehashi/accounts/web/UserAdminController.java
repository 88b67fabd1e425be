package org.kakehashi.accounts.web;

import jakarta.validation.Valid;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.NewUser;
import org.kakehashi.accounts.WeakPasswordException;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list users and create new ones. */
@Controller
class UserAdminController {

	private final AccountService accounts;

	private final DirectoryService directory;

	UserAdminController(AccountService accounts, DirectoryService directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", accounts.users());
		model.addAttribute("form", new NewUser("", "", null, Role.MEMBER, null, null, "", null, null));
		return prepare(model);
	}

	@PostMapping("/admin/users")
	String create(CurrentUser admin, @Valid @ModelAttribute("form") NewUser form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.role() == Role.CLUSTER_MANAGER && isBlank(form.cluster())) {
			errors.rejectValue("cluster", "user.cluster.required");
		}
		if (form.role() == Role.MEMBER && isBlank(form.organization())) {
			errors.rejectValue("organization", "user.organization.required");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.createUser(form, admin.username());
				redirect.addFlashAttribute("message", "user.created");
				return "redirect:/admin/users";
			}
			catch (WeakPasswordException ex) {
				errors.rejectValue("password", ex.weakness().messageKey());
			}
			catch (DuplicateException ex) {
				errors.rejectValue("username", "user.username.taken");
			}
			catch (NotFoundException ex) {
				errors.rejectValue("organization".equals(ex.kind()) ? "organization" : "cluster",
						"user.tenancy.unknown");
			}
		}
		model.addAttribute("users", accounts.users());
		return prepare(model);
	}

	private String prepare(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("clusters", directory.clusters());
		return "accounts/users";
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
