package org.kakehashi.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.kakehashi.accounts.internal.SecondFactors;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Switching the TOTP second factor on and off, from the profile page, for administrators
 * and cluster managers (others get 403). The secret being set up lives in the session
 * until a code made with it confirms it; only then is it stored.
 */
@Controller
class SecondFactorController {

	static final String ENROLMENT = SecondFactorController.class.getName() + ".SECRET";

	private final SecondFactors factors;

	SecondFactorController(SecondFactors factors) {
		this.factors = factors;
	}

	@GetMapping("/profile/second-factor")
	String show(CurrentUser user, HttpSession session, Model model) {
		requireOffered(user);
		if (factors.enabled(user)) {
			session.removeAttribute(ENROLMENT);
			model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(user));
			return "accounts/second-factor-settings";
		}
		SecondFactors.Enrolment enrolment = factors.newEnrolment(user);
		session.setAttribute(ENROLMENT, enrolment.secret());
		model.addAttribute("enrolment", enrolment);
		return "accounts/second-factor-settings";
	}

	@PostMapping("/profile/second-factor")
	String confirm(CurrentUser user, @RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
		requireOffered(user);
		if (factors.enabled(user) || !(session.getAttribute(ENROLMENT) instanceof String secret)) {
			return "redirect:/profile/second-factor";
		}
		var recovery = factors.confirm(user, secret, code);
		if (recovery.isEmpty()) {
			model.addAttribute("enrolment", factors.enrolment(user, secret));
			model.addAttribute("codeProblem", "totp.code.wrong");
			return "accounts/second-factor-settings";
		}
		session.removeAttribute(ENROLMENT);
		model.addAttribute("recoveryCodes", recovery.get());
		model.addAttribute("recoveryCodesLeft", recovery.get().size());
		return "accounts/second-factor-settings";
	}

	@PostMapping("/profile/second-factor/disable")
	String disable(CurrentUser user, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		requireOffered(user);
		if (!factors.enabled(user)) {
			return "redirect:/profile/second-factor";
		}
		if (!factors.disable(user, password, code, request.getRemoteAddr())) {
			model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(user));
			model.addAttribute("disableProblem", "totp.disable.failed");
			return "accounts/second-factor-settings";
		}
		redirect.addFlashAttribute("message", "totp.disabled");
		return "redirect:/profile";
	}

	private void requireOffered(CurrentUser user) {
		if (!factors.offered(user)) {
			throw new ForbiddenException("Only administrators and cluster managers use a second factor.");
		}
	}

}
