package org.kakehashi.directory.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.ImportFormat;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.shared.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Download of the organisations matching the directory filters, as JSONL, CSV or XLSX,
 * for the pages and the API alike. Written straight to the response, so any number of
 * rows streams.
 */
@RestController
@Tag(name = "directory")
class ExportController {

	private final DirectoryService directory;

	ExportController(DirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping({ "/organizations/export", "/api/v1/organizations/export" })
	// written to the response by hand, so springdoc cannot see what it answers
	@Operation(operationId = "exportOrganizations",
			summary = "The organisations matching the filters as a file: JSON Lines, CSV or XLSX",
			responses = @ApiResponse(responseCode = "200", description = "the file, as an attachment",
					content = { @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
							@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
							@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
									schema = @Schema(type = "string", format = "binary")) }))
	void export(CurrentUser user,
			@Parameter(schema = @Schema(allowableValues = { "jsonl", "csv", "xlsx" },
					defaultValue = "jsonl")) @RequestParam(defaultValue = "jsonl") String format,
			@RequestParam(required = false) @Nullable String cluster,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String q, HttpServletResponse response) throws IOException {
		ImportFormat f = ImportFormat.ofCode(format)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be jsonl, csv or xlsx"));
		response.setContentType(f == ImportFormat.XLSX ? f.mediaType() : f.mediaType() + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("organizations." + f.extension()).build().toString());
		directory.export(user, new OrganizationQuery(cluster, kind, country, q, 0, 1), f, response.getOutputStream());
	}

}
