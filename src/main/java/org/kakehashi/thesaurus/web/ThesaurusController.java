package org.kakehashi.thesaurus.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.ThesaurusService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Browse the vocabulary (everyone signed in); administrators add concepts, synonyms and
 * imports.
 */
@Controller
class ThesaurusController {

	private final ThesaurusService thesaurus;

	ThesaurusController(ThesaurusService thesaurus) {
		this.thesaurus = thesaurus;
	}

	@GetMapping("/thesaurus")
	String browse(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String group,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("group", group);
		model.addAttribute("groups", thesaurus.groups());
		model.addAttribute("concepts", thesaurus.find(q, group, locale.getLanguage()));
		return htmx != null ? "thesaurus/browse :: results" : "thesaurus/browse";
	}

	@GetMapping("/thesaurus/concepts/{id}")
	String concept(@PathVariable String id, Model model) {
		Concept concept = thesaurus.concept(id);
		model.addAttribute("concept", concept);
		model.addAttribute("broader", concept.broader().stream().map(thesaurus::concept).toList());
		model.addAttribute("narrower", thesaurus.narrower(id));
		model.addAttribute("builtIn", thesaurus.isBuiltIn(id));
		model.addAttribute("languages", List.of("de", "en", "ja"));
		return "thesaurus/concept";
	}

	@PostMapping("/thesaurus/concepts/{id}/synonyms")
	String addSynonym(@PathVariable String id, CurrentUser user, @RequestParam String lang, @RequestParam String label,
			RedirectAttributes redirect) {
		try {
			thesaurus.addSynonym(user, id, lang, label);
			redirect.addFlashAttribute("message", "thesaurus.synonym.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/thesaurus/concepts/" + id;
	}

	@GetMapping("/thesaurus/new")
	String newConcept(CurrentUser user, Model model) {
		requireAdmin(user);
		model.addAttribute("form", new ConceptForm("", "", "", "", "", ""));
		return form(model);
	}

	/**
	 * The add-concept form: labels per language separated by ';', the first preferred.
	 */
	record ConceptForm(String id, String group, String de, String en, String ja, String broader) {

		Concept toConcept() {
			Map<String, List<String>> labels = new LinkedHashMap<>();
			labels.put("de", split(de));
			labels.put("en", split(en));
			labels.put("ja", split(ja));
			labels.values().removeIf(List::isEmpty);
			return new Concept(id.strip(), group.strip(), labels, split(broader));
		}

		private static List<String> split(@Nullable String s) {
			return s == null ? List.of()
					: Arrays.stream(s.split("[;,]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
		}

	}

	@PostMapping("/thesaurus/concepts")
	String create(CurrentUser user, ConceptForm form, Model model, RedirectAttributes redirect) {
		try {
			Concept saved = thesaurus.add(user, form.toConcept());
			redirect.addFlashAttribute("message", "thesaurus.concept.added");
			return "redirect:/thesaurus/concepts/" + saved.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("problems", ex.problems());
			return form(model);
		}
	}

	@PostMapping("/thesaurus/import")
	String importAdditions(CurrentUser user, @RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("report", thesaurus.importAdditions(user, file.getInputStream()));
		return "thesaurus/import-report";
	}

	private String form(Model model) {
		model.addAttribute("groups", thesaurus.groups());
		return "thesaurus/form";
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("only administrators change the thesaurus");
		}
	}

}
