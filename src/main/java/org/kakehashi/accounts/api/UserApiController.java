package org.kakehashi.accounts.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and API keys for automation (operations.md). */
@RestController
@Tag(name = "accounts")
class UserApiController {

	private final AccountService accounts;

	UserApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "All users with role and cluster (administrators only)")
	List<UserView> users() {
		return accounts.users();
	}

	record ApiKeyRequest(@NotBlank String username) {
	}

	@PostMapping("/api/v1/api-keys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API key acting as a user; administrators for anyone, others for themselves")
	Map<String, String> createKey(CurrentUser caller, @Valid @RequestBody ApiKeyRequest request) {
		return Map.of("key", accounts.createApiKey(caller, request.username()), "username", request.username());
	}

}
