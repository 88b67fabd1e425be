package org.kakehashi.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.InvalidUserChangeException.Problem;
import org.kakehashi.accounts.internal.ApiKeys;
import org.kakehashi.accounts.internal.PasswordResets;
import org.kakehashi.accounts.internal.UserRepository;
import org.kakehashi.accounts.internal.UserSessions;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account life cycle as administrators run it (issue 10, finding 5): change role,
 * tenancy and e-mail, disable and re-enable, send a password-reset link, delete. Access
 * (administrators only) is decided by the callers' security rules; this facade guards the
 * rules of the accounts themselves.
 */
@Service
public class UserAdministration {

	/** The fields {@code PATCH /api/v1/users/{username}} accepts. */
	public static final Set<String> FIELDS = Set.of("role", "cluster", "organization", "email", "enabled");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private final UserRepository users;

	private final AccountService accounts;

	private final DirectoryService directory;

	private final UserSessions sessions;

	private final ApiKeys apiKeys;

	private final PasswordResets resets;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAdministration(UserRepository users, AccountService accounts, DirectoryService directory, UserSessions sessions,
			ApiKeys apiKeys, PasswordResets resets, PasswordEncoder passwords, ApplicationEventPublisher events,
			Clock clock) {
		this.clock = clock;
		this.users = users;
		this.accounts = accounts;
		this.directory = directory;
		this.sessions = sessions;
		this.apiKeys = apiKeys;
		this.resets = resets;
		this.passwords = passwords;
		this.events = events;
	}

	/**
	 * Applies the given fields (absent: unchanged; {@code ""} or null for cluster,
	 * organisation or e-mail: none). Disabling ends the user's sessions; their keys stop
	 * with the account and work again once it is re-enabled.
	 */
	@Transactional
	public UserView change(CurrentUser actor, String username, Map<String, ?> changes) {
		UserView user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		List<Problem> problems = new ArrayList<>();
		changes.keySet()
			.stream()
			.filter(f -> !FIELDS.contains(f))
			.sorted()
			.forEach(f -> problems.add(new Problem(f, "user.field.unknown",
					"cannot be changed here; changeable are " + String.join(", ", FIELDS.stream().sorted().toList()))));
		Role role = role(changes, user, problems);
		String email = email(changes, user, problems);
		boolean enabled = enabled(changes, user, problems);
		Tenancy tenancy = problems.isEmpty() ? tenancy(changes, user, role, problems) : null;
		if (actor.id() == user.id() && (role != Role.ADMIN || !enabled)) {
			problems.add(new Problem(role != Role.ADMIN ? "role" : "enabled", "user.self",
					"administrators cannot demote or disable themselves"));
		}
		if (!problems.isEmpty() || tenancy == null) {
			throw new InvalidUserChangeException(problems);
		}
		users.updateTenancy(user.id(), role, tenancy.cluster(), tenancy.organization());
		users.updateEmail(user.id(), email);
		if (enabled != user.enabled()) {
			users.updateEnabled(user.id(), enabled);
			if (!enabled) {
				sessions.endAll(username, null);
			}
		}
		events.publishEvent(new AuditEntry(actor.username(), "user.changed", "user", username,
				"role " + role + ", cluster " + tenancy.cluster() + ", organization " + tenancy.organization()
						+ ", enabled " + enabled + (changes.containsKey("email") ? ", e-mail changed" : "")));
		return accounts.user(username).orElseThrow();
	}

	public UserView setEnabled(CurrentUser actor, String username, boolean enabled) {
		return change(actor, username, Map.of("enabled", enabled));
	}

	/**
	 * Mails the user a link to set a new password (valid one hour, once). The user's
	 * sessions go on until they use it.
	 * @throws InvalidUserChangeException if the user has no e-mail address
	 */
	@Transactional
	public void sendPasswordReset(CurrentUser actor, String username) {
		UserView user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		if (user.email() == null || !user.enabled()) {
			throw new InvalidUserChangeException("email", "user.reset.noEmail",
					"the user needs an e-mail address and an enabled account to get a reset link");
		}
		String token = resets.create(user.id(), clock.instant());
		events.publishEvent(new AuditEntry(actor.username(), "password.reset-sent", "user", username, null));
		events.publishEvent(new PasswordResetRequested(username, token));
	}

	/**
	 * Whether the link's token is still valid (the reset page shows the form only then).
	 */
	public boolean resetLinkValid(String token) {
		return resets.userFor(token, clock.instant()).flatMap(users::findById).isPresent();
	}

	/**
	 * Sets a new password with a reset link's token, uses the token up and ends every
	 * session of the user.
	 * @return false if the link is unknown, used or expired
	 * @throws WeakPasswordException if the password fails the policy (the link stays
	 * valid)
	 */
	@Transactional
	public boolean resetPassword(String token, String password) {
		Instant now = clock.instant();
		UserView user = resets.userFor(token, now).flatMap(users::findById).orElse(null);
		if (user == null) {
			return false;
		}
		accounts.checkPassword(password, user.username(), user.email(), user.displayName());
		if (!resets.consume(token, now)) {
			return false;
		}
		users.updatePasswordHash(user.id(), passwords.encode(password));
		sessions.endAll(user.username(), null);
		events.publishEvent(new AuditEntry(user.username(), "password.reset", "user", user.username(), null));
		return true;
	}

	/**
	 * Deletes an account: sign-in, sessions, keys and reset links end at once; the name,
	 * e-mail address and password are removed; the user name stays reserved so what the
	 * person wrote (posts, comments, requests, messages) stays where it is and keeps the
	 * name it was written under, and nobody can take that name over.
	 */
	@Transactional
	public void delete(CurrentUser actor, String username) {
		UserView user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		if (actor.id() == user.id()) {
			throw new InvalidUserChangeException("username", "user.self",
					"administrators cannot delete their own account");
		}
		Instant now = clock.instant();
		users.markDeleted(user.id(), now);
		int keys = apiKeys.revokeAll(user.id());
		resets.voidAll(user.id(), now);
		int ended = sessions.endAll(username, null);
		events.publishEvent(new AuditEntry(actor.username(), "user.deleted", "user", username,
				keys + " key(s) revoked, " + ended + " session(s) ended"));
		events.publishEvent(new UserDeleted(username));
	}

	private record Tenancy(@Nullable String cluster, @Nullable String organization) {
	}

	private static Role role(Map<String, ?> changes, UserView user, List<Problem> problems) {
		if (!changes.containsKey("role")) {
			return user.role();
		}
		Object value = changes.get("role");
		for (Role r : Role.values()) {
			if (r.name().equals(value)) {
				return r;
			}
		}
		problems.add(new Problem("role", "user.role.invalid", "must be one of ADMIN, CLUSTER_MANAGER, MEMBER, FUNDER"));
		return user.role();
	}

	private static @Nullable String email(Map<String, ?> changes, UserView user, List<Problem> problems) {
		if (!changes.containsKey("email")) {
			return user.email();
		}
		Object value = changes.get("email");
		if (value == null || (value instanceof String s && s.isBlank())) {
			return null;
		}
		if (!(value instanceof String s) || s.length() > 320 || !EMAIL.matcher(s.strip()).matches()) {
			problems.add(new Problem("email", "user.email.invalid", "must be an e-mail address"));
			return user.email();
		}
		return s.strip();
	}

	private static boolean enabled(Map<String, ?> changes, UserView user, List<Problem> problems) {
		if (!changes.containsKey("enabled")) {
			return user.enabled();
		}
		if (changes.get("enabled") instanceof Boolean b) {
			return b;
		}
		problems.add(new Problem("enabled", "user.enabled.invalid", "must be true or false"));
		return user.enabled();
	}

	private @Nullable Tenancy tenancy(Map<String, ?> changes, UserView user, Role role, List<Problem> problems) {
		String cluster = text(changes, "cluster", problems);
		String organization = text(changes, "organization", problems);
		boolean keptRole = role == user.role();
		return switch (role) {
			case ADMIN -> new Tenancy(null, null);
			case CLUSTER_MANAGER, FUNDER -> {
				String c = changes.containsKey("cluster") ? cluster
						: (user.role() == Role.CLUSTER_MANAGER || user.role() == Role.FUNDER) ? user.cluster() : null;
				if (c == null && role == Role.CLUSTER_MANAGER) {
					problems.add(new Problem("cluster", "user.cluster.required", "a cluster manager needs a cluster"));
					yield null;
				}
				if (c != null && directory.clusters().stream().noneMatch(k -> k.id().equals(c))) {
					problems.add(new Problem("cluster", "user.tenancy.unknown", "unknown cluster '" + c + "'"));
					yield null;
				}
				yield new Tenancy(c, null);
			}
			case MEMBER -> {
				if (cluster != null) {
					problems.add(new Problem("cluster", "user.cluster.derived",
							"a member's cluster is their organisation's; change the organisation instead"));
					yield null;
				}
				String o = changes.containsKey("organization") ? organization : keptRole ? user.organization() : null;
				if (o == null) {
					problems.add(new Problem("organization", "user.organization.required",
							"a member needs an organisation"));
					yield null;
				}
				if (directory.clusterOf(o) == null) {
					problems.add(new Problem("organization", "user.tenancy.unknown",
							"unknown organisation '" + o + "', or it belongs to no cluster"));
					yield null;
				}
				yield new Tenancy(null, o);
			}
		};
	}

	private static @Nullable String text(Map<String, ?> changes, String field, List<Problem> problems) {
		Object value = changes.get(field);
		if (value == null || (value instanceof String s && s.isBlank())) {
			return null;
		}
		if (value instanceof String s) {
			return s.strip();
		}
		problems.add(new Problem(field, "user.field.invalid", "must be a text"));
		return null;
	}

}
