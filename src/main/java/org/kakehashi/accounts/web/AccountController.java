package org.kakehashi.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.WeakPasswordException;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each user's own account (shown on /profile): change the password (the current one
 * required), end one of their sessions, revoke one of their API keys. Another user's
 * session or key "does not exist" (404).
 */
@Controller
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/profile/password")
	String changePassword(CurrentUser user, @RequestParam String current, @RequestParam String password,
			@RequestParam String repeat, HttpServletRequest request, RedirectAttributes redirect) {
		if (!password.equals(repeat)) {
			redirect.addFlashAttribute("passwordProblem", "password.mismatch");
			return "redirect:/profile#password";
		}
		try {
			if (!accounts.changePassword(user, current, password, sessionId(request))) {
				redirect.addFlashAttribute("passwordProblem", "password.current.wrong");
				return "redirect:/profile#password";
			}
		}
		catch (WeakPasswordException ex) {
			redirect.addFlashAttribute("passwordProblem", ex.weakness().messageKey());
			return "redirect:/profile#password";
		}
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/profile";
	}

	@PostMapping("/profile/sessions/{ref}/end")
	String endSession(CurrentUser user, @PathVariable String ref, RedirectAttributes redirect) {
		accounts.endSession(user, ref);
		redirect.addFlashAttribute("message", "profile.sessions.ended");
		return "redirect:/profile#sessions";
	}

	@PostMapping("/profile/api-keys/{id}/revoke")
	String revokeKey(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		accounts.revokeApiKey(user, id);
		redirect.addFlashAttribute("message", "profile.keys.revokedDone");
		return "redirect:/profile#keys";
	}

	static @Nullable String sessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getId();
	}

}
