package org.kakehashi.thesaurus.web;

import static org.kakehashi.shared.web.AccessRule.any;
import static org.kakehashi.shared.web.AccessRule.get;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of the thesaurus: browsing for everyone signed in, additions by
 * administrators. See docs/access.md.
 */
@Component
class ThesaurusAccessRules implements AccessRules {

	@Override
	public List<AccessRule> web() {
		return List.of(get("/thesaurus", "/thesaurus/concepts/*").authenticated(),
				any("/thesaurus/new", "/thesaurus/import", "/thesaurus/concepts", "/thesaurus/concepts/*/synonyms")
					.hasRole("ADMIN"));
	}

}
