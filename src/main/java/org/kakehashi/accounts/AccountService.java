package org.kakehashi.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.internal.ApiKeys;
import org.kakehashi.accounts.internal.AuditLog;
import org.kakehashi.accounts.internal.UserRepository;
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

	AccountService(UserRepository users, ApiKeys apiKeys, DirectoryService directory, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditLog audit) {
		this.audit = audit;
		this.users = users;
		this.apiKeys = apiKeys;
		this.directory = directory;
		this.passwords = passwords;
		this.events = events;
	}

	public List<UserView> users() {
		return users.findAll();
	}

	public Optional<UserView> user(String username) {
		return users.findByUsername(username);
	}

	/**
	 * The user as access decisions see them, for work done on their behalf after the fact
	 * (events).
	 */
	public Optional<CurrentUser> asCurrentUser(String username) {
		return users.findByUsername(username)
			.filter(UserView::enabled)
			.map(u -> new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization()));
	}

	public boolean exists(String username) {
		return users.findByUsername(username).isPresent();
	}

	/** Creates a user; the member's cluster follows from their organisation. */
	@Transactional
	public UserView createUser(NewUser user, String actor) {
		if (exists(user.username())) {
			throw new DuplicateException("username", "username '" + user.username() + "' is already taken");
		}
		String cluster = tenancyCluster(user);
		String locale = user.locale() != null && LANGUAGES.contains(user.locale()) ? user.locale() : null;
		String zone = user.timeZone() != null && !user.timeZone().isBlank() ? ZoneId.of(user.timeZone()).getId() : null;
		long id = users.insert(user, passwords.encode(user.password()), cluster, locale, zone, Instant.now());
		events.publishEvent(new AuditEntry(actor, "user.created", "user", user.username(), "role " + user.role()));
		events.publishEvent(new UserCreated(user.username()));
		return users.findById(id).orElseThrow();
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
	public String createApiKey(CurrentUser caller, String username) {
		if (!caller.isAdmin() && !caller.username().equals(username)) {
			throw new ForbiddenException("only administrators may create API keys for other users");
		}
		UserView user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		String key = apiKeys.create(user.id());
		events.publishEvent(new AuditEntry(caller.username(), "api-key.created", "user", username, null));
		return key;
	}

	/**
	 * Ensures an API key with a known value exists (operators' bootstrap, operations.md).
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
