package org.kakehashi.agreements.web;

import static org.kakehashi.shared.web.AccessRule.STAFF;
import static org.kakehashi.shared.web.AccessRule.delete;
import static org.kakehashi.shared.web.AccessRule.get;
import static org.kakehashi.shared.web.AccessRule.post;
import static org.kakehashi.shared.web.AccessRule.put;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of agreements. Which agreement a manager may change (its parties' managers)
 * is decided in AgreementEditing. See docs/access.md.
 */
@Component
class AgreementsAccessRules implements AccessRules {

	@Override
	public List<AccessRule> api() {
		return List.of(get("/api/v1/agreements", "/api/v1/agreements/*").authenticated(),
				post("/api/v1/agreements", "/api/v1/agreements/*/renewals").hasAnyRole(STAFF),
				put("/api/v1/agreements/*").hasAnyRole(STAFF));
	}

	@Override
	public List<AccessRule> web() {
		return List.of(
				// calendar apps cannot sign in: the feed answers only to the cluster's
				// secret token (404 otherwise)
				get("/feeds/clusters/*/agreements.ics").permitAll(),
				// forms and changes by staff; before "/agreements/*"
				get("/agreements/new", "/agreements/*/edit", "/agreements/*/renew").hasAnyRole(STAFF),
				post("/agreements", "/agreements/*/edit", "/agreements/*/renewals", "/agreements/*/sign",
						"/agreements/*/documents", "/agreements/*/documents/*/delete",
						"/agreements/*/commitments/*/assessments", "/agreements/feeds/*/rotate")
					.hasAnyRole(STAFF),
				get("/agreements/*/documents/*", "/partnerships/*/*").authenticated(),
				get("/agreements", "/agreements/*").authenticated());
	}

}
