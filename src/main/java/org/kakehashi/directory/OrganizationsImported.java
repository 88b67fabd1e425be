package org.kakehashi.directory;

import java.util.List;

/**
 * A batch of organisations was created or updated by an import. One event per batch
 * instead of one per organisation keeps large imports cheap for listeners (the search
 * index).
 */
public record OrganizationsImported(List<String> ids) {

	public OrganizationsImported {
		ids = List.copyOf(ids);
	}

}
