package org.kakehashi.exchange.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.exchange.DevelopmentStage;
import org.kakehashi.exchange.Interests;
import org.kakehashi.exchange.NotAPartnerException;
import org.kakehashi.exchange.OpportunityService;
import org.kakehashi.exchange.OpportunityType;
import org.kakehashi.exchange.OpportunityView;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.Role;
import org.kakehashi.shared.WrongStateException;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Business opportunity pages: search, profile (anonymous for outsiders), entering one,
 * and interest.
 */
@Controller
class OpportunityController {

	private static final Set<String> FIELDS = Set.of("type", "titleDe", "titleEn", "titleJa", "summaryDe", "summaryEn",
			"summaryJa", "keywords", "stage", "deadline", "organization");

	private final OpportunityService opportunities;

	private final Interests interests;

	private final DirectoryService directory;

	private final ExchangeWebSupport web;

	OpportunityController(OpportunityService opportunities, Interests interests, DirectoryService directory,
			ExchangeWebSupport web) {
		this.opportunities = opportunities;
		this.interests = interests;
		this.directory = directory;
		this.web = web;
	}

	@GetMapping("/opportunities")
	String list(CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type, Model model) {
		OpportunityType t = type == null || type.isBlank() ? null : OpportunityType.fromCode(type);
		model.addAttribute("opportunities", opportunities.find(user, q, t));
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("types", OpportunityType.values());
		model.addAttribute("clusters", web.clusters());
		model.addAttribute("mayCreate", user.role() == Role.MEMBER || user.role() == Role.CLUSTER_MANAGER);
		return "exchange/opportunities";
	}

	@GetMapping("/opportunities/{id}")
	String show(@PathVariable long id, CurrentUser user, Model model) {
		OpportunityView o = opportunities.opportunity(user, id);
		model.addAttribute("o", o);
		model.addAttribute("owner",
				o.ownerOrganizationId() == null ? null : directory.organization(o.ownerOrganizationId()));
		var visible = interests.of(user, id);
		model.addAttribute("interests", visible);
		// Names of interested organisations, only where the view names them
		// (ExpressionOfInterest.namedFor).
		java.util.Map<String, String> revealedNames = new java.util.HashMap<>();
		visible.stream()
			.filter(i -> i.named() && i.interestedOrganizationId() != null)
			.forEach(i -> revealedNames.put(i.interestedOrganizationId(),
					directory.organization(i.interestedOrganizationId())
						.names()
						.in(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		model.addAttribute("revealedNames", revealedNames);
		model.addAttribute("clusters", web.clusters());
		boolean outsider = user.clusterId() != null && !user.clusterId().equals(o.ownerClusterId())
				&& (user.role() == Role.MEMBER || user.role() == Role.CLUSTER_MANAGER);
		boolean partner = interests.fromPartner(user, o.ownerClusterId());
		model.addAttribute("mayExpress", outsider && partner);
		model.addAttribute("notPartner", outsider && !partner);
		model.addAttribute("mayAnswer", user.managesCluster(o.ownerClusterId())
				|| (o.ownerOrganizationId() != null && user.belongsToOrganization(o.ownerOrganizationId())));
		return "exchange/opportunity";
	}

	@GetMapping("/opportunities/new")
	String createForm(CurrentUser user, Model model) {
		model.addAttribute("form", OpportunityForm.empty());
		return form(user, model);
	}

	@PostMapping("/opportunities")
	String create(CurrentUser user, @ModelAttribute("form") OpportunityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			OpportunityView o = opportunities.create(user, form.toDraft());
			redirect.addFlashAttribute("message", "opportunity.created");
			return "redirect:/opportunities/" + o.id();
		}
		catch (InvalidInputException ex) {
			ExchangeWebSupport.reject(errors, ex.problems(), FIELDS);
			return form(user, model);
		}
	}

	@PostMapping("/opportunities/{id}/interests")
	String express(@PathVariable long id, CurrentUser user, @RequestParam(defaultValue = "") String message,
			@RequestParam(defaultValue = "false") boolean revealMyName, RedirectAttributes redirect) {
		try {
			interests.express(user, id, message, revealMyName);
			redirect.addFlashAttribute("message", "interest.expressed");
		}
		catch (InvalidInputException | DuplicateException ex) {
			redirect.addFlashAttribute("error", "interest.invalid");
		}
		catch (NotAPartnerException ex) {
			redirect.addFlashAttribute("error", "interest.notPartner");
		}
		return "redirect:/opportunities/" + id;
	}

	@PostMapping("/opportunities/{id}/interests/{interestId}/{action}")
	String answer(@PathVariable long id, @PathVariable long interestId, @PathVariable String action, CurrentUser user,
			RedirectAttributes redirect) {
		try {
			switch (action) {
				case "accept" -> interests.accept(user, interestId);
				case "decline" -> interests.decline(user, interestId);
				case "consent" -> interests.consent(user, interestId);
				default -> throw new org.kakehashi.shared.NotFoundException("action", action);
			}
			redirect.addFlashAttribute("message", "interest.done." + action);
		}
		catch (WrongStateException ex) {
			redirect.addFlashAttribute("error", "interest.notNow");
		}
		return "redirect:/opportunities/" + id;
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("types", OpportunityType.values());
		model.addAttribute("stages", DevelopmentStage.values());
		model.addAttribute("offering", offeringChoices(user));
		return "exchange/opportunity-form";
	}

	/** An organisation on the form: its id is sent, its name is shown. */
	record OfferingChoice(String id, String name) {
	}

	/**
	 * The organisations the user may offer for, by name in the reader's language and in
	 * its alphabetical order.
	 */
	private List<OfferingChoice> offeringChoices(CurrentUser user) {
		Locale locale = LocaleContextHolder.getLocale();
		Collator collator = Collator.getInstance(locale);
		return opportunities.offeringOrganizations(user)
			.stream()
			.map(o -> new OfferingChoice(o.id(), o.names().in(locale)))
			.sorted(Comparator.comparing(OfferingChoice::name, collator))
			.toList();
	}

}
