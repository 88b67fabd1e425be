package org.kakehashi.search.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.search.PartnerSearch;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.search.internal.IndexFollower;
import org.kakehashi.search.engine.SearchQuery.SearchFilters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner-search page, suggested partners on organisation pages, and the index admin
 * page.
 */
@Controller
class SearchController {

	static final int PAGE = 20;

	private final PartnerSearch search;

	private final DirectoryService directory;

	private final IndexFollower follower;

	SearchController(PartnerSearch search, DirectoryService directory, IndexFollower follower) {
		this.search = search;
		this.directory = directory;
		this.follower = follower;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable List<String> country,
			@RequestParam(required = false) @Nullable List<String> kind,
			@RequestParam(required = false) @Nullable List<String> cluster,
			@RequestParam(required = false) @Nullable List<String> interest,
			@RequestParam(required = false) @Nullable List<String> topic, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale, Model model) {
		String asker = lang == null || lang.isBlank() ? locale.getLanguage() : lang;
		SearchFilters filters = new SearchFilters(set(country), set(kind), set(cluster), set(interest), set(topic));
		SearchQuery query = new SearchQuery(q.strip(), asker, PAGE, Math.max(0, page) * PAGE, filters, true);
		model.addAttribute("q", q);
		model.addAttribute("filters", filters);
		model.addAttribute("results", search.search(query));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pageSize", PAGE);
		model.addAttribute("clusters", clusterNames());
		return htmx != null ? "search/search :: results" : "search/search";
	}

	@GetMapping("/organizations/{id}/suggestions")
	String suggestions(@PathVariable String id, Locale locale, Model model) {
		model.addAttribute("suggestions", search.suggestionsFor(id, locale.getLanguage(), 5));
		model.addAttribute("clusters", clusterNames());
		return "search/suggestions :: suggestions";
	}

	@GetMapping("/admin/search")
	String status(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("status", search.status());
		model.addAttribute("organizations", directory.organizationCount());
		model.addAttribute("followsLog", search.followsLog());
		double delay = follower.delaySeconds();
		model.addAttribute("delay",
				Double.isNaN(delay) ? null : BigDecimal.valueOf(delay).setScale(1, RoundingMode.HALF_UP));
		model.addAttribute("check", follower.lastCheck());
		model.addAttribute("checkPending", follower.checkPending());
		return htmx != null ? "search/admin :: status" : "search/admin";
	}

	/**
	 * Compares every document with the directory on the follower thread and repairs what
	 * differs; the page shows the result when it is there.
	 */
	@PostMapping("/admin/search/check")
	String check(RedirectAttributes redirect) {
		follower.requestCheck();
		redirect.addFlashAttribute("message", "search.check.started");
		return "redirect:/admin/search";
	}

	@PostMapping("/admin/search/rebuild")
	String rebuild(RedirectAttributes redirect) {
		redirect.addFlashAttribute(search.startRebuild() ? "message" : "error",
				search.status().running() ? "search.rebuild.started" : "search.rebuild.busy");
		return "redirect:/admin/search";
	}

	private Map<String, Cluster> clusterNames() {
		Map<String, Cluster> map = new LinkedHashMap<>();
		directory.clusters().forEach(c -> map.put(c.id(), c));
		return map;
	}

	private static Set<String> set(@Nullable List<String> values) {
		return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null && !v.isBlank()).toList());
	}

}
