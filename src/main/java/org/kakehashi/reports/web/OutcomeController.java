package org.kakehashi.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.reports.CooperationOutcome;
import org.kakehashi.reports.CooperationOutcomes;
import org.kakehashi.reports.InvalidOutcomeException;
import org.kakehashi.reports.OutcomeDraft;
import org.kakehashi.reports.OutcomeKind;
import org.kakehashi.reports.OutcomeSource;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members (and their cluster's managers on their behalf) record what came of a meeting,
 * an introduction or an opportunity. {@code /outcomes?partner=ID&source=meeting} opens
 * the form for one partner; {@code /outcomes?source=meeting&ref=BOOKING} and
 * {@code /outcomes?source=request&ref=REQUEST&partner=ID} (the agenda, the request page
 * and the follow-up mails link there) open it filled in from that meeting or request, as
 * far as the user may record an outcome of it (404 otherwise).
 */
@Controller
class OutcomeController {

	private final CooperationOutcomes outcomes;

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final Clock clock;

	OutcomeController(CooperationOutcomes outcomes, DirectoryService directory, AgreementService agreements,
			Clock clock) {
		this.outcomes = outcomes;
		this.directory = directory;
		this.agreements = agreements;
		this.clock = clock;
	}

	/** The form's values as typed, so a refused form keeps them. */
	public record OutcomeForm(@Nullable String organization, @Nullable String partner, @Nullable String kind,
			@Nullable String source, @Nullable String ref, @Nullable String happenedOn, boolean mayBeNamed) {
	}

	@GetMapping("/outcomes")
	String page(@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String ref, CurrentUser user, Model model) {
		OutcomeSource from = sourceWithRef(source, ref);
		if (from != null && ref != null) {
			OutcomeDraft draft = outcomes.draftFor(user, from, ref, blankToNull(partner));
			return show(user, model, new OutcomeForm(draft.organizationId(), draft.partnerOrganizationId(),
					draft.kind().code(), from.code(), ref, draft.happenedOn().toString(), false), Map.of());
		}
		return show(user, model, new OutcomeForm(null, partner, OutcomeKind.NOTHING_YET.code(),
				source == null ? OutcomeSource.MEETING.code() : source, null, LocalDate.now(clock).toString(), false),
				Map.of());
	}

	@PostMapping("/outcomes")
	String record(@RequestParam(required = false) @Nullable String organization,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String ref,
			@RequestParam(required = false) @Nullable String happenedOn,
			@RequestParam(defaultValue = "false") boolean mayBeNamed, CurrentUser user, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		// a source switched to "opportunity" or "other" answers no meeting or request
		String sourceRef = sourceWithRef(source, ref) != null ? ref : null;
		OutcomeForm form = new OutcomeForm(organization, partner, kind, source, sourceRef, happenedOn, mayBeNamed);
		Map<String, String> errors = new LinkedHashMap<>();
		OutcomeKind k = parse(() -> OutcomeKind.fromCode(String.valueOf(kind)), "kind", errors);
		OutcomeSource s = parse(() -> OutcomeSource.fromCode(String.valueOf(source)), "source", errors);
		LocalDate day = parse(() -> LocalDate.parse(String.valueOf(happenedOn)), "happenedOn", errors);
		if (partner == null || partner.isBlank()) {
			errors.put("partner", "outcome.partner.invalid");
		}
		if (errors.isEmpty()) {
			try {
				outcomes.record(user,
						new OutcomeDraft(blankToNull(organization), partner, k, s, sourceRef, day, mayBeNamed));
				redirect.addFlashAttribute("message", "outcome.recorded");
				return "redirect:/outcomes";
			}
			catch (InvalidOutcomeException ex) {
				errors.put(ex.field(), ex.code());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(user, model, form, errors);
	}

	private String show(CurrentUser user, Model model, OutcomeForm form, Map<String, String> errors) {
		List<CooperationOutcome> visible = outcomes.visibleTo(user);
		Map<String, LocalizedText> names = new HashMap<>();
		directory
			.organizations(visible.stream()
				.flatMap(o -> Stream.of(o.organizationId(), o.partnerOrganizationId()))
				.collect(Collectors.toSet()))
			.forEach(o -> names.put(o.id(), o.names()));
		model.addAttribute("outcomes",
				visible.stream()
					.map(o -> new OutcomeRow(o, names.get(o.organizationId()), names.get(o.partnerOrganizationId())))
					.toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", OutcomeKind.values());
		model.addAttribute("sources", OutcomeSource.values());
		model.addAttribute("manager", user.role() == Role.CLUSTER_MANAGER);
		String cluster = user.clusterId();
		List<Organization> own = new ArrayList<>();
		List<Organization> partners = new ArrayList<>();
		if (cluster != null) {
			own.addAll(organizationsOf(Set.of(cluster)));
			partners.addAll(organizationsOf(agreements.partnersOf(cluster)));
			// a cluster with more organisations than one list holds still shows the
			// chosen ones
			keepChosen(own, form.organization(), Set.of(cluster));
			keepChosen(partners, form.partner(), Set.copyOf(agreements.partnersOf(cluster)));
		}
		model.addAttribute("ownOrganizations", own);
		model.addAttribute("partnerOrganizations", partners);
		return "reports/outcomes";
	}

	/**
	 * An outcome with its organisations' names (null once an organisation was removed).
	 */
	public record OutcomeRow(CooperationOutcome outcome, @Nullable LocalizedText organization,
			@Nullable LocalizedText partner) {
	}

	private void keepChosen(List<Organization> choices, @Nullable String chosen, Set<String> clusters) {
		if (chosen == null || choices.stream().anyMatch(o -> o.id().equals(chosen))) {
			return;
		}
		try {
			Organization o = directory.organization(chosen);
			if (o.clusterId() != null && clusters.contains(o.clusterId())) {
				choices.add(0, o);
			}
		}
		catch (NotFoundException ex) {
			// an unknown id stays unselected; the form refuses it on submit
		}
	}

	private List<Organization> organizationsOf(Set<String> clusters) {
		return directory.organizationsOfClusters(clusters, 500);
	}

	/** The source, if it is one a reference can name (a meeting or a request). */
	private static @Nullable OutcomeSource sourceWithRef(@Nullable String source, @Nullable String ref) {
		if (source == null || ref == null || ref.isBlank()) {
			return null;
		}
		return switch (source) {
			case "meeting" -> OutcomeSource.MEETING;
			case "request" -> OutcomeSource.REQUEST;
			default -> null;
		};
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static <T> @Nullable T parse(java.util.function.Supplier<T> parser, String field,
			Map<String, String> errors) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			errors.put(field, "outcome." + field + ".invalid");
			return null;
		}
	}

}
