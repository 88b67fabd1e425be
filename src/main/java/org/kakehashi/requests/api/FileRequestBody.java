package org.kakehashi.requests.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.FileEntryRequest;
import org.kakehashi.requests.RequestType;

/**
 * {@code POST /api/v1/requests}. {@code requesterOrganization} is needed only when a
 * cluster manager files on behalf of one of the cluster's members.
 */
record FileRequestBody(@Schema(implementation = RequestType.class) @NotBlank @Pattern(
		regexp = "market-entry|partner-search|regulatory-information|site-search|event-support|technology-transfer|other") String type,
		@NotBlank @Size(max = EntryRequest.MAX_TITLE) String title,
		@NotBlank @Size(max = EntryRequest.MAX_DESCRIPTION) String description, @NotBlank String targetCluster,
		@Nullable String requesterOrganization) {

	FileEntryRequest toCommand() {
		return new FileEntryRequest(RequestType.fromCode(type), title, description, targetCluster,
				requesterOrganization);
	}

}
