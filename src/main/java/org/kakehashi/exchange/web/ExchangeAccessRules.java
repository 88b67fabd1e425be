package org.kakehashi.exchange.web;

import static org.kakehashi.shared.web.AccessRule.PEOPLE_OF_CLUSTERS;
import static org.kakehashi.shared.web.AccessRule.STAFF;
import static org.kakehashi.shared.web.AccessRule.any;
import static org.kakehashi.shared.web.AccessRule.delete;
import static org.kakehashi.shared.web.AccessRule.get;
import static org.kakehashi.shared.web.AccessRule.post;
import static org.kakehashi.shared.web.AccessRule.put;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of posts, opportunities, subscriptions, the cluster feed and the partner
 * widget. Which cluster sees which post is decided by the exchange facades. See
 * docs/access.md.
 */
@Component
class ExchangeAccessRules implements AccessRules {

	@Override
	public List<AccessRule> api() {
		return List.of(
				get("/api/v1/posts", "/api/v1/posts/*", "/api/v1/posts/*/comments", "/api/v1/opportunities",
						"/api/v1/opportunities/*", "/api/v1/opportunities/*/interests")
					.authenticated(),
				post("/api/v1/posts", "/api/v1/posts/*/comments").hasAnyRole(STAFF),
				put("/api/v1/posts/*").hasAnyRole(STAFF),
				post("/api/v1/opportunities", "/api/v1/opportunities/*/interests",
						"/api/v1/opportunities/*/interests/*/*")
					.hasAnyRole(PEOPLE_OF_CLUSTERS));
	}

	@Override
	public List<AccessRule> web() {
		return List.of(
				// for feed readers, which cannot sign in: public posts only
				get("/feeds/clusters/*.atom").permitAll(),
				// before "/posts/*" and "/opportunities/*"
				any("/posts/new", "/posts/*/edit").hasAnyRole(STAFF),
				post("/posts", "/posts/*/attachments", "/posts/*/comments").hasAnyRole(STAFF),
				get("/posts", "/posts/*", "/posts/*/attachments/*").authenticated(),
				any("/opportunities/new").hasAnyRole(PEOPLE_OF_CLUSTERS),
				post("/opportunities", "/opportunities/*/interests", "/opportunities/*/interests/*/*")
					.hasAnyRole(PEOPLE_OF_CLUSTERS),
				get("/opportunities", "/opportunities/*", "/subscriptions").authenticated(),
				post("/subscriptions", "/subscriptions/*/delete").authenticated());
	}

	/** The embeddable partner widget: anonymous and read-only. */
	@Override
	public List<AccessRule> embeddable() {
		return List.of(get("/widgets/clusters/*/partners").permitAll());
	}

}
