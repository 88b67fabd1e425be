package org.kakehashi.requests.web;

import static org.kakehashi.shared.web.AccessRule.REQUEST_PARTIES;
import static org.kakehashi.shared.web.AccessRule.any;
import static org.kakehashi.shared.web.AccessRule.get;
import static org.kakehashi.shared.web.AccessRule.post;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of entry-portal requests: a request's pages answer 404 to non-parties
 * (RequestService); forms for the roles that can be parties. See docs/access.md.
 */
@Component
class RequestsAccessRules implements AccessRules {

	@Override
	public List<AccessRule> api() {
		return List.of(get("/api/v1/requests", "/api/v1/requests/*", "/api/v1/requests/*/messages").authenticated(),
				post("/api/v1/requests", "/api/v1/requests/*/transitions", "/api/v1/requests/*/messages")
					.hasAnyRole(REQUEST_PARTIES));
	}

	@Override
	public List<AccessRule> web() {
		return List.of(any("/requests/new", "/requests/service-levels").hasAnyRole(REQUEST_PARTIES),
				get("/requests", "/requests/*", "/requests/*/attachments/*").authenticated(),
				post("/requests", "/requests/*/steps", "/requests/*/messages").hasAnyRole(REQUEST_PARTIES));
	}

}
