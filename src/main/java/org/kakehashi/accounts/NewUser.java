package org.kakehashi.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.Role;

/**
 * Command: create a user. Cluster managers need a cluster, members an organisation
 * (checked by {@link AccountService#createUser}).
 */
public record NewUser(
		@NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[a-z0-9._-]+",
				message = "{user.username.pattern}") String username,
		@NotBlank @Size(max = 200) String displayName, @Nullable @Email @Size(max = 320) String email,
		@NotNull Role role, @Nullable String cluster, @Nullable String organization,
		@NotBlank @Size(min = 12, max = 200, message = "{user.password.size}") String password, @Nullable String locale,
		@Nullable String timeZone) {
}
