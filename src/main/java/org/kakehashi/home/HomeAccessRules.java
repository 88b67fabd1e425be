package org.kakehashi.home;

import static org.kakehashi.shared.web.AccessRule.get;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rule of the start page, public. See docs/access.md.
 */
@Component
class HomeAccessRules implements AccessRules {

	@Override
	public List<AccessRule> web() {
		return List.of(get("/").permitAll());
	}

}
