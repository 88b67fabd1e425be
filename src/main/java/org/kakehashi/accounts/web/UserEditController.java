package org.kakehashi.accounts.web;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserAdministration;
import org.kakehashi.accounts.UserView;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators edit one user: role, cluster, organisation and e-mail; disable and
 * re-enable; send a password-reset link; delete (the page says what happens to the
 * person's content). Everything under /admin/** is for administrators (SecurityConfig).
 */
@Controller
class UserEditController {

	private final AccountService accounts;

	private final UserAdministration administration;

	private final DirectoryService directory;

	UserEditController(AccountService accounts, UserAdministration administration, DirectoryService directory) {
		this.accounts = accounts;
		this.administration = administration;
		this.directory = directory;
	}

	record EditForm(Role role, @Nullable String cluster, @Nullable String organization, @Nullable String email) {
	}

	@GetMapping("/admin/users/{username}")
	String show(@PathVariable String username, Model model) {
		UserView user = user(username);
		model.addAttribute("form", new EditForm(user.role(), user.role() == Role.MEMBER ? null : user.cluster(),
				user.organization(), user.email()));
		return prepare(model, user);
	}

	@PostMapping("/admin/users/{username}")
	String save(CurrentUser admin, @PathVariable String username, EditForm form, Model model,
			RedirectAttributes redirect) {
		Map<String, Object> changes = new HashMap<>();
		changes.put("role", form.role() == null ? "" : form.role().name());
		changes.put("cluster", form.role() == Role.MEMBER ? null : form.cluster());
		changes.put("organization", form.role() == Role.MEMBER ? form.organization() : null);
		changes.put("email", form.email());
		try {
			administration.change(admin, username, changes);
			redirect.addFlashAttribute("message", "users.saved");
			return "redirect:/admin/users/" + username;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("problems", ex.problems());
			return prepare(model, user(username));
		}
	}

	@PostMapping("/admin/users/{username}/enabled")
	String enable(CurrentUser admin, @PathVariable String username, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		return act(redirect, username, enabled ? "users.enabled.done" : "users.disabled.done",
				() -> administration.setEnabled(admin, username, enabled));
	}

	@PostMapping("/admin/users/{username}/password-reset")
	String reset(CurrentUser admin, @PathVariable String username, RedirectAttributes redirect) {
		return act(redirect, username, "users.reset.sent", () -> administration.sendPasswordReset(admin, username));
	}

	@PostMapping("/admin/users/{username}/delete")
	String delete(CurrentUser admin, @PathVariable String username, RedirectAttributes redirect) {
		try {
			administration.delete(admin, username);
			redirect.addFlashAttribute("message", "users.deleted");
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.problems().get(0).code());
			return "redirect:/admin/users/" + username;
		}
	}

	private String act(RedirectAttributes redirect, String username, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.problems().get(0).code());
		}
		return "redirect:/admin/users/" + username;
	}

	private UserView user(String username) {
		return accounts.user(username).orElseThrow(() -> new NotFoundException("user", username));
	}

	private String prepare(Model model, UserView user) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("clusters", directory.clusters());
		return "accounts/user-edit";
	}

}
