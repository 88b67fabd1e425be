package org.kakehashi.accounts.web;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the POST is handled by Spring Security). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@Nullable CurrentUser user) {
		return user == null ? "accounts/login" : "redirect:/";
	}

}
