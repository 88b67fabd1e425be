package org.kakehashi.accounts.web;

import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.internal.SecondFactors;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.web.TimeZoneChoices;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each user's own settings: language and time zone; their password, sessions and keys.
 */
@Controller
class ProfileController {

	private final AccountService accounts;

	private final LocaleResolver locales;

	private final SecondFactors secondFactors;

	ProfileController(AccountService accounts, LocaleResolver locales, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.locales = locales;
		this.secondFactors = secondFactors;
	}

	record PreferencesForm(@NotBlank @Pattern(regexp = "de|en|ja", message = "{profile.locale.invalid}") String locale,
			@NotBlank String timeZone) {
	}

	@GetMapping("/profile")
	String show(CurrentUser user, HttpServletRequest request, Model model) {
		var view = accounts.user(user.username()).orElseThrow();
		String zone = view.timeZone() != null ? view.timeZone() : LocaleContextHolder.getTimeZone().getID();
		model.addAttribute("form", new PreferencesForm(locales.resolveLocale(request).getLanguage(), zone));
		return prepare(model, view, user, request);
	}

	@PostMapping("/profile")
	String save(CurrentUser user, @Valid @ModelAttribute("form") PreferencesForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("timeZone") && !TimeZoneChoices.isKnown(form.timeZone())) {
			errors.rejectValue("timeZone", "zone.invalid");
		}
		if (errors.hasErrors()) {
			return prepare(model, accounts.user(user.username()).orElseThrow(), user, request);
		}
		accounts.updatePreferences(user.id(), form.locale(), form.timeZone());
		locales.setLocale(request, response, Locale.forLanguageTag(form.locale()));
		request.getSession()
			.setAttribute(SessionLocaleResolver.TIME_ZONE_SESSION_ATTRIBUTE_NAME,
					TimeZone.getTimeZone(form.timeZone()));
		redirect.addFlashAttribute("message", "profile.saved");
		return "redirect:/profile";
	}

	private String prepare(Model model, Object view, CurrentUser user, HttpServletRequest request) {
		model.addAttribute("user", view);
		model.addAttribute("sessions", accounts.sessions(user, AccountController.sessionId(request)));
		model.addAttribute("keys", accounts.apiKeys(user, null));
		// the second factor: administrators and cluster managers only
		boolean offered = secondFactors.offered(user);
		model.addAttribute("secondFactorOffered", offered);
		model.addAttribute("secondFactorOn", offered && secondFactors.enabled(user));
		return "accounts/profile";
	}

}
