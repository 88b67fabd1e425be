package org.kakehashi.reports.web;

import static org.kakehashi.shared.web.AccessRule.get;
import static org.kakehashi.shared.web.AccessRule.post;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of reports. Which partnership a user may read (administrators, either
 * cluster's managers, attached funders; 404 for anyone else, members included) is decided
 * in PartnershipReports, so report URLs only need a signed-in user. See docs/access.md.
 */
@Component
class ReportsAccessRules implements AccessRules {

	static final List<String> READERS = List.of("ADMIN", "CLUSTER_MANAGER", "FUNDER");

	@Override
	public List<AccessRule> api() {
		return List.of(get("/api/v1/reports/partnerships/*/*").authenticated());
	}

	@Override
	public List<AccessRule> web() {
		return List.of(get("/reports/funders").hasRole("ADMIN"),
				post("/reports/funders", "/reports/funders/delete").hasRole("ADMIN"),
				get("/reports").hasAnyRole(READERS),
				get("/reports/partnerships/*/*", "/reports/partnerships/*/*/*").authenticated(),
				// outcomes are recorded by the parties of meetings and requests; which
				// organisation is decided in CooperationOutcomes
				get("/outcomes").hasAnyRole(AccessRule.REQUEST_PARTIES),
				post("/outcomes").hasAnyRole(AccessRule.REQUEST_PARTIES));
	}

}
