package org.kakehashi.directory.web;

import static org.kakehashi.shared.web.AccessRule.PEOPLE_OF_CLUSTERS;
import static org.kakehashi.shared.web.AccessRule.STAFF;
import static org.kakehashi.shared.web.AccessRule.any;
import static org.kakehashi.shared.web.AccessRule.get;
import static org.kakehashi.shared.web.AccessRule.post;
import static org.kakehashi.shared.web.AccessRule.put;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of clusters and organisations. Which cluster a manager may edit and who sees
 * contacts is decided in DirectoryService. See docs/access.md.
 */
@Component
class DirectoryAccessRules implements AccessRules {

	@Override
	public List<AccessRule> api() {
		return List.of(
				get("/api/v1/clusters", "/api/v1/clusters/*", "/api/v1/organizations", "/api/v1/organizations/*",
						"/api/v1/organizations/export")
					.authenticated(),
				post("/api/v1/organizations", "/api/v1/organizations/import").hasAnyRole(STAFF),
				put("/api/v1/organizations/*").hasAnyRole(PEOPLE_OF_CLUSTERS));
	}

	@Override
	public List<AccessRule> web() {
		return List.of(any("/clusters/new").hasRole("ADMIN"), post("/clusters").hasRole("ADMIN"),
				any("/clusters/*/edit").hasAnyRole(STAFF), get("/clusters/*/contacts").hasAnyRole(PEOPLE_OF_CLUSTERS),
				get("/clusters", "/clusters/*").authenticated(),
				// import/export: uploads by staff (which cluster: the importer rejects
				// rows of foreign clusters; jobs visible to their starter and admins);
				// export for everyone signed in (contacts filtered by
				// DirectoryService.maySeeContacts)
				any("/organizations/import", "/organizations/import/**").hasAnyRole(STAFF),
				get("/organizations/export").authenticated(),
				// before "/organizations/*"
				any("/organizations/new").hasAnyRole(STAFF), post("/organizations").hasAnyRole(STAFF),
				any("/organizations/*/edit").hasAnyRole(PEOPLE_OF_CLUSTERS),
				get("/organizations", "/organizations/*").authenticated());
	}

}
