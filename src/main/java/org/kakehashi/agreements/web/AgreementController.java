package org.kakehashi.agreements.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Agreement pages: the list (optionally for one party) and each agreement with its renewal chain. */
@Controller
class AgreementController {

	private final AgreementService agreements;

	private final DirectoryService directory;

	AgreementController(AgreementService agreements, DirectoryService directory) {
		this.agreements = agreements;
		this.directory = directory;
	}

	@GetMapping("/agreements")
	String list(@RequestParam(required = false) @Nullable String party, Model model) {
		model.addAttribute("agreements", agreements.all(party));
		model.addAttribute("party", party);
		model.addAttribute("clusters", clusterNames());
		return "agreements/list";
	}

	@GetMapping("/agreements/{id}")
	String show(@PathVariable String id, Model model) {
		model.addAttribute("view", agreements.agreement(id));
		model.addAttribute("chain", agreements.chain(id));
		model.addAttribute("clusters", clusterNames());
		return "agreements/show";
	}

	private Map<String, Cluster> clusterNames() {
		Map<String, Cluster> map = new LinkedHashMap<>();
		directory.clusters().forEach(c -> map.put(c.id(), c));
		return map;
	}

}
