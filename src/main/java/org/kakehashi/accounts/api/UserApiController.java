package org.kakehashi.accounts.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.ApiKeyView;
import org.kakehashi.accounts.CreatedApiKey;
import org.kakehashi.accounts.UserAdministration;
import org.kakehashi.accounts.UserView;
import org.kakehashi.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and API keys for automation (docs/interfaces.md). */
@RestController
@Tag(name = "accounts")
class UserApiController {

	private final AccountService accounts;

	private final UserAdministration administration;

	UserApiController(AccountService accounts, UserAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "All users with role and cluster (administrators only)")
	List<UserView> users() {
		return accounts.users();
	}

	@PatchMapping("/api/v1/users/{username}")
	@Operation(summary = "Change a user's role, cluster, organization, email or enabled (administrators only)",
			description = "Send any of the fields; absent ones stay as they are, \"\" or null clears cluster, "
					+ "organization or email. {\"enabled\": false} ends the user's sessions and stops their API keys "
					+ "at once. Role and tenancy apply from the user's next request.",
			responses = { @ApiResponse(responseCode = "200", description = "The changed user"),
					// the body is the shared Problem schema (ProblemResponses); Spring's
					// ProblemDetail would show its extra fields nested under "properties"
					@ApiResponse(responseCode = "422",
							description = "urn:kakehashi:problem:validation, errors name each field"),
					@ApiResponse(responseCode = "404", description = "No such user") })
	UserView change(CurrentUser admin, @PathVariable String username,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = UserChange.class))) Map<String, Object> changes) {
		return administration.change(admin, username, changes);
	}

	/**
	 * The OpenAPI shape of a PATCH body (the handler reads it as a map to tell absent
	 * from null).
	 */
	record UserChange(@Nullable String role, @Nullable String cluster, @Nullable String organization,
			@Nullable String email, @Nullable Boolean enabled) {
	}

	record ApiKeyRequest(@NotBlank String username, @Nullable @Size(max = 100) String label) {
	}

	@PostMapping("/api/v1/api-keys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API key acting as a user; administrators for anyone, others for themselves",
			description = "Answers {id, key, username}; the key is shown this once and never again.")
	NewApiKey createKey(CurrentUser caller, @Valid @RequestBody ApiKeyRequest request) {
		CreatedApiKey key = accounts.createApiKey(caller, request.username(), request.label());
		return new NewApiKey(key.id(), key.key(), request.username());
	}

	/** A new key; {@code key} is the secret, shown this once. */
	record NewApiKey(long id, String key, String username) {
	}

	@GetMapping("/api/v1/api-keys")
	@Operation(summary = "The caller's API keys (id, label, created, lastUsed, revoked; never the secret)",
			description = "Administrators may add ?username= to list anyone's; for others any other user name "
					+ "answers 404.")
	List<ApiKeyView> keys(CurrentUser caller,
			@Parameter(description = "whose keys (administrators only)") @RequestParam(
					required = false) @Nullable String username) {
		return accounts.apiKeys(caller, username);
	}

	@DeleteMapping("/api/v1/api-keys/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke an API key at once (its owner or an administrator; 404 for anyone else)")
	void revoke(CurrentUser caller, @PathVariable long id) {
		accounts.revokeApiKey(caller, id);
	}

}
