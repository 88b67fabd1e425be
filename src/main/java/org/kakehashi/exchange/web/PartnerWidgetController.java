package org.kakehashi.exchange.web;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.exchange.PartnerWidget;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The "our partner regions" widget a cluster embeds in its website with an iframe:
 * {@code <iframe src="https://HOST/widgets/clusters/biom/partners?lang=de">}. Anonymous,
 * frameable from any site (see SecurityConfig), and each load is counted by the embedding
 * site.
 */
@Controller
class PartnerWidgetController {

	private final PartnerWidget widget;

	private final DirectoryService directory;

	PartnerWidgetController(PartnerWidget widget, DirectoryService directory) {
		this.widget = widget;
		this.directory = directory;
	}

	@GetMapping("/widgets/clusters/{id}/partners")
	String partners(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referrer,
			java.util.Locale locale, Model model) {
		var partners = widget.partners(id);
		model.addAttribute("partners", partners);
		model.addAttribute("initials", partners.stream()
			.collect(
					java.util.stream.Collectors.toMap(c -> c.id(), c -> PartnerWidget.initials(c.names().in(locale)))));
		model.addAttribute("cluster", directory.cluster(id));
		widget.recordLoad(id, referrer);
		return "exchange/widget";
	}

}
