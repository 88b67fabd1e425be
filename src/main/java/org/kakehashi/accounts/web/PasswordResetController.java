package org.kakehashi.accounts.web;

import org.kakehashi.accounts.UserAdministration;
import org.kakehashi.accounts.WeakPasswordException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a password-reset link leads to: open to anyone holding a valid link (the token
 * is the credential), with the password policy.
 */
@Controller
class PasswordResetController {

	private final UserAdministration administration;

	PasswordResetController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/password-reset/{token}")
	String show(@PathVariable String token, Model model) {
		model.addAttribute("valid", administration.resetLinkValid(token));
		model.addAttribute("token", token);
		return "accounts/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam String password, @RequestParam String repeat, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("token", token);
		model.addAttribute("valid", true);
		if (!password.equals(repeat)) {
			model.addAttribute("problem", "password.mismatch");
			return "accounts/password-reset";
		}
		try {
			if (!administration.resetPassword(token, password)) {
				model.addAttribute("valid", false);
				return "accounts/password-reset";
			}
		}
		catch (WeakPasswordException ex) {
			model.addAttribute("problem", ex.weakness().messageKey());
			return "accounts/password-reset";
		}
		redirect.addFlashAttribute("message", "passwordReset.done");
		return "redirect:/login";
	}

}
