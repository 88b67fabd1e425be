package org.kakehashi.search.web;

import static org.kakehashi.shared.web.AccessRule.any;
import static org.kakehashi.shared.web.AccessRule.get;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of partner search and the search index's administration. See docs/access.md.
 */
@Component
class SearchAccessRules implements AccessRules {

	@Override
	public List<AccessRule> api() {
		return List.of(get("/api/v1/organizations/search").authenticated());
	}

	@Override
	public List<AccessRule> web() {
		return List.of(get("/search", "/organizations/*/suggestions").authenticated(),
				any("/admin/search", "/admin/search/rebuild", "/admin/search/check").hasRole("ADMIN"));
	}

}
