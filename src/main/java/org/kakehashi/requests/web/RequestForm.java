package org.kakehashi.requests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.FileEntryRequest;
import org.kakehashi.requests.RequestType;

/**
 * The form of /requests/new; {@code requesterOrganization} is offered to managers only.
 */
record RequestForm(@NotBlank String type, @NotBlank @Size(max = EntryRequest.MAX_TITLE) String title,
		@NotBlank @Size(max = EntryRequest.MAX_DESCRIPTION) String description, @NotBlank String targetCluster,
		@Nullable String requesterOrganization) {

	static RequestForm empty() {
		return new RequestForm(RequestType.MARKET_ENTRY.code(), "", "", "", null);
	}

	FileEntryRequest toCommand() {
		return new FileEntryRequest(RequestType.fromCode(type), title, description, targetCluster,
				requesterOrganization);
	}

}
