package org.kakehashi.directory;

import java.util.List;

/** One page of organisations and how many match in all. */
public record OrganizationPage(List<Organization> items, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
