package org.kakehashi.directory.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The directory over REST: clusters and organisations in the contract shape. */
@RestController
@Tag(name = "directory")
class DirectoryApiController {

	private final DirectoryService directory;

	private final MessageSource messages;

	DirectoryApiController(DirectoryService directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	/** A cluster as automation sees it. */
	record ClusterJson(String id, String region, String country, @Nullable String city, Map<String, String> name,
			Map<String, String> description, @Nullable String website, long members, long version) {
	}

	@GetMapping("/api/v1/clusters")
	@Operation(summary = "All cluster organisations")
	List<ClusterJson> clusters() {
		Map<String, Long> members = directory.memberCounts();
		return directory.clusters().stream().map(c -> json(c, members.getOrDefault(c.id(), 0L))).toList();
	}

	@GetMapping("/api/v1/clusters/{id}")
	@Operation(summary = "One cluster organisation")
	ClusterJson cluster(@PathVariable String id) {
		Cluster c = directory.cluster(id);
		return json(c, directory.memberCount(c.id()));
	}

	private static ClusterJson json(Cluster c, long members) {
		return new ClusterJson(c.id(), c.regionId(), c.country(), c.city(), c.names().values(),
				c.descriptions().values(), c.website(), members, c.version());
	}

	/** A page of organisations. */
	record OrganizationPageJson(List<OrganizationDocument> items, long total, int page, int size) {
	}

	@GetMapping("/api/v1/organizations")
	@Operation(summary = "Browse organisations; contacts only where the caller may see them")
	OrganizationPageJson organizations(CurrentUser user, @RequestParam(required = false) @Nullable String cluster,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var result = directory.organizations(new OrganizationQuery(cluster, kind, country, q, page, size));
		var contacts = directory.contactsFor(user, result.items());
		return new OrganizationPageJson(
				result.items().stream().map(o -> OrganizationDocument.of(o, contacts.get(o.id()))).toList(),
				result.total(), result.page(), result.size());
	}

	@GetMapping("/api/v1/organizations/{id}")
	@Operation(summary = "One organisation")
	OrganizationDocument organization(CurrentUser user, @PathVariable String id) {
		Organization org = directory.organization(id);
		return OrganizationDocument.of(org, directory.contactsFor(user, org));
	}

	@PostMapping("/api/v1/organizations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createOrganization", summary = "Create an organisation (managers of its cluster)")
	ResponseEntity<OrganizationDocument> create(CurrentUser user, @RequestBody OrganizationDocument doc) {
		Organization org = directory.save(user, doc, true);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/organizations/" + org.id())
			.body(OrganizationDocument.of(org, directory.contactsFor(user, org)));
	}

	@PutMapping("/api/v1/organizations/{id}")
	@Operation(operationId = "updateOrganization",
			summary = "Update an organisation; the body's version must be the one you read (else 409)")
	OrganizationDocument update(CurrentUser user, @PathVariable String id, @RequestBody OrganizationDocument doc) {
		if (doc.version() == null) {
			throw new InvalidInputException(
					List.of(new FieldProblem("version", "required", "is required for updates")));
		}
		if (doc.id() != null && !id.equals(doc.id())) {
			throw new InvalidInputException(List.of(new FieldProblem("id", "does not match the address")));
		}
		OrganizationDocument withId = new OrganizationDocument(id, doc.kind(), doc.country(), doc.city(), doc.cluster(),
				doc.size(), doc.name(), doc.description(), doc.topics(), doc.interests(), doc.website(), doc.contacts(),
				doc.version());
		Organization org = directory.save(user, withId, false);
		return OrganizationDocument.of(org, directory.contactsFor(user, org));
	}

	@PostMapping(path = "/api/v1/organizations/import",
			consumes = { "application/x-ndjson", "application/jsonl", "application/json", "text/plain" })
	@Operation(summary = "Import organisations from JSON Lines, one per line; reports per line",
			operationId = "importOrganizations",
			// the handler reads the raw stream, so springdoc sees no body of its own
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "one organisation (as OrganizationDocument) per line",
					content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))))
	ImportReport importLines(CurrentUser user, InputStream body, Locale locale) throws IOException {
		ImportReport report = directory.importOrganizations(user, body, ImportProgress.NONE);
		return new ImportReport(report.lines(), report.created(), report.updated(), report.rejected(),
				report.problems().stream().map(p -> localized(p, locale)).toList());
	}

	/** The reason in the caller's language (Accept-Language) where it has a message. */
	private ImportReport.LineProblem localized(ImportReport.LineProblem problem, Locale locale) {
		if (problem.code() == null) {
			return problem;
		}
		return problem
			.withReason(messages.getMessage(problem.code(), problem.args().toArray(), problem.reason(), locale));
	}

}
