package org.kakehashi.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.internal.ApiKeys;
import org.kakehashi.accounts.internal.AuditLog;
import org.kakehashi.accounts.internal.PasswordPolicy;
import org.kakehashi.accounts.internal.Tenancy;
import org.kakehashi.accounts.internal.UserRepository;
import org.kakehashi.accounts.internal.UserSessions;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts facade: users, their tenancy and preferences, and API keys. Other modules
 * never read the user tables; they get a {@link CurrentUser} injected into their
 * controllers.
 */
@Service
public class AccountService {

	static final Set<String> LANGUAGES = Set.of("de", "en", "ja");

	private final UserRepository users;

	private final ApiKeys apiKeys;

	private final DirectoryService directory;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Tenancy tenancy;

	private final PasswordPolicy policy;

	private final UserSessions sessions;

	private final Clock clock;

	AccountService(UserRepository users, ApiKeys apiKeys, DirectoryService directory, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditLog audit, Tenancy tenancy, PasswordPolicy policy,
			UserSessions sessions, Clock clock) {
		this.clock = clock;
		this.audit = audit;
		this.tenancy = tenancy;
		this.policy = policy;
		this.sessions = sessions;
		this.users = users;
		this.apiKeys = apiKeys;
		this.directory = directory;
		this.passwords = passwords;
		this.events = events;
	}

	/** Everyone but deleted accounts; members' clusters as their organisations' now. */
	public List<UserView> users() {
		return tenancy.derive(users.findAll());
	}

	public Optional<UserView> user(String username) {
		return users.findByUsername(username).map(tenancy::derive);
	}

	/**
	 * The user as access decisions see them, for work done on their behalf after the fact
	 * (events).
	 */
	public Optional<CurrentUser> asCurrentUser(String username) {
		return user(username).filter(UserView::enabled)
			.map(u -> new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization()));
	}

	/** Also true for a deleted account's name, which is never given out again. */
	public boolean exists(String username) {
		return users.usernameTaken(username);
	}

	/**
	 * Creates a user with a password that passes the policy
	 * ({@link WeakPasswordException} otherwise); the member's cluster follows from their
	 * organisation.
	 */
	@Transactional
	public UserView createUser(NewUser user, String actor) {
		checkPassword(user.password(), user.username(), user.email(), user.displayName());
		return create(user, actor);
	}

	/**
	 * Creates an account whose password was chosen by configuration or is published (the
	 * bootstrap administrator from KAKEHASHI_ADMIN_PASSWORD, the demo users): the policy
	 * is not applied, the caller logs a warning where it fails.
	 */
	@Transactional
	public UserView createConfiguredUser(NewUser user, String actor) {
		return create(user, actor);
	}

	/** The policy's verdict on a password for the user with these names. */
	public Optional<PasswordWeakness> passwordWeakness(String password, String... names) {
		return policy.check(password, Arrays.stream(names).filter(n -> n != null).toList());
	}

	void checkPassword(String password, @Nullable String... names) {
		var weakness = policy.check(password, Arrays.stream(names).filter(n -> n != null).toList());
		if (weakness.isPresent()) {
			throw new WeakPasswordException(weakness.get());
		}
	}

	private UserView create(NewUser user, String actor) {
		if (exists(user.username())) {
			throw new DuplicateException("username", "username '" + user.username() + "' is already taken");
		}
		// a member's cluster is derived from their organisation on every read, not stored
		String cluster = user.role() == Role.MEMBER ? checkedMemberCluster(user) : tenancyCluster(user);
		String locale = user.locale() != null && LANGUAGES.contains(user.locale()) ? user.locale() : null;
		String zone = user.timeZone() != null && !user.timeZone().isBlank() ? ZoneId.of(user.timeZone()).getId() : null;
		users.insert(user, passwords.encode(user.password()), cluster, locale, zone, clock.instant());
		events.publishEvent(new AuditEntry(actor, "user.created", "user", user.username(), "role " + user.role()));
		events.publishEvent(new UserCreated(user.username()));
		return user(user.username()).orElseThrow();
	}

	private @Nullable String checkedMemberCluster(NewUser user) {
		tenancyCluster(user);
		return null;
	}

	private @Nullable String tenancyCluster(NewUser user) {
		return switch (user.role()) {
			case CLUSTER_MANAGER -> {
				if (user.cluster() == null || user.cluster().isBlank()) {
					throw new IllegalArgumentException("a cluster manager needs a cluster");
				}
				yield directory.cluster(user.cluster()).id();
			}
			case MEMBER -> {
				if (user.organization() == null || user.organization().isBlank()) {
					throw new IllegalArgumentException("a member needs an organisation");
				}
				String cluster = directory.organization(user.organization()).clusterId();
				if (cluster == null) {
					throw new IllegalArgumentException(
							"organisation '" + user.organization() + "' belongs to no cluster");
				}
				yield cluster;
			}
			case FUNDER ->
				user.cluster() == null || user.cluster().isBlank() ? null : directory.cluster(user.cluster()).id();
			case ADMIN -> null;
		};
	}

	/**
	 * Issues an API key acting as {@code username}; only administrators may do so for
	 * others.
	 */
	@Transactional
	public CreatedApiKey createApiKey(CurrentUser caller, String username, @Nullable String label) {
		if (!caller.isAdmin() && !caller.username().equals(username)) {
			throw new ForbiddenException("only administrators may create API keys for other users");
		}
		UserView user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		var key = apiKeys.create(user.id(), label == null || label.isBlank() ? null : label.strip());
		events.publishEvent(new AuditEntry(caller.username(), "api-key.created", "user", username, "key " + key.id()));
		return new CreatedApiKey(key.id(), key.key());
	}

	/**
	 * The keys of {@code username} (null: the caller's own). Only administrators may name
	 * someone else; for anyone else such a user does not exist (404, no oracle).
	 */
	public List<ApiKeyView> apiKeys(CurrentUser caller, @Nullable String username) {
		String whose = username == null || username.isBlank() ? caller.username() : username;
		if (!caller.isAdmin() && !caller.username().equals(whose)) {
			throw new NotFoundException("user", whose);
		}
		UserView user = users.findByUsername(whose).orElseThrow(() -> new NotFoundException("user", whose));
		return apiKeys.ofUser(user.id());
	}

	/**
	 * Revokes a key at once; its owner or an administrator may. Anyone else learns
	 * nothing: the key "does not exist".
	 */
	@Transactional
	public void revokeApiKey(CurrentUser caller, long keyId) {
		long owner = apiKeys.ownerOf(keyId)
			.filter(o -> caller.isAdmin() || o == caller.id())
			.orElseThrow(() -> new NotFoundException("api-key", String.valueOf(keyId)));
		apiKeys.revoke(keyId);
		String ownerName = users.findById(owner).map(UserView::username).orElse(String.valueOf(owner));
		events.publishEvent(new AuditEntry(caller.username(), "api-key.revoked", "user", ownerName, "key " + keyId));
	}

	/**
	 * Changes the caller's own password: the current one is required, the new one must
	 * pass the policy, and every other session of the user ends (the one in use stays).
	 * @return false if the current password was wrong (nothing changed)
	 */
	@Transactional
	public boolean changePassword(CurrentUser user, String current, String next, @Nullable String keepSession) {
		String hash = users.passwordHash(user.id());
		if (hash == null || !passwords.matches(current, hash)) {
			events.publishEvent(new AuditEntry(user.username(), "password.change-refused", "user", user.username(),
					"wrong current password"));
			return false;
		}
		UserView view = users.findById(user.id()).orElseThrow();
		checkPassword(next, view.username(), view.email(), view.displayName());
		users.updatePasswordHash(user.id(), passwords.encode(next));
		int ended = sessions.endAll(user.username(), keepSession);
		events.publishEvent(new AuditEntry(user.username(), "password.changed", "user", user.username(),
				ended + " other session(s) ended"));
		return true;
	}

	/** The user's signed-in sessions, newest activity first. */
	public List<UserSession> sessions(CurrentUser user, @Nullable String currentSessionId) {
		return sessions.of(user.username(), currentSessionId);
	}

	/** Ends one of the user's own sessions; 404 for a reference that is not theirs. */
	public void endSession(CurrentUser user, String ref) {
		if (!sessions.end(user.username(), ref)) {
			throw new NotFoundException("session", ref);
		}
		events.publishEvent(new AuditEntry(user.username(), "session.ended", "user", user.username(), null));
	}

	/**
	 * Ensures an API key with a known value exists (operators' bootstrap,
	 * docs/interfaces.md).
	 */
	@Transactional
	public void ensureApiKey(String username, String key) {
		UserView user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		apiKeys.ensure(user.id(), key);
	}

	@Transactional
	public void updatePreferences(long userId, @Nullable String locale, @Nullable String timeZone) {
		if (locale != null && !LANGUAGES.contains(locale)) {
			throw new IllegalArgumentException("unsupported language: " + locale);
		}
		String zone = timeZone == null ? null : ZoneId.of(timeZone).getId();
		users.updatePreferences(userId, locale, zone);
	}

	@Transactional
	public void updateLocale(long userId, String locale) {
		if (LANGUAGES.contains(locale)) {
			users.updateLocale(userId, locale);
		}
	}

	/**
	 * The audit history of one thing (e.g. {@code "agreement", "biom-kawasaki-2020"}),
	 * oldest first. Callers decide who may see it; the entries name the acting users.
	 */
	public List<AuditRecord> history(String targetType, String targetId) {
		return audit.history(targetType, targetId);
	}

	public Role roleOf(String username) {
		return users.findByUsername(username)
			.map(UserView::role)
			.orElseThrow(() -> new NotFoundException("user", username));
	}

}
