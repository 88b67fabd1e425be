package org.kakehashi.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.UserSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's sessions in the Spring Session JDBC store, found by principal name (the user
 * name). Without a session store (the command line) there is nothing to end.
 */
@Component
public class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store) {
		this.store = store;
	}

	public List<UserSession> of(String username, @Nullable String currentSessionId) {
		var repository = store.getIfAvailable();
		if (repository == null) {
			return List.of();
		}
		Map<String, ? extends Session> sessions = repository.findByPrincipalName(username);
		return sessions.values()
			.stream()
			.filter(s -> !s.isExpired())
			.map(s -> new UserSession(ref(s.getId()), s.getCreationTime(), s.getLastAccessedTime(),
					s.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(UserSession::lastActive).reversed())
			.toList();
	}

	/** Ends one of the user's sessions; false if they have none with that reference. */
	public boolean end(String username, String ref) {
		var repository = store.getIfAvailable();
		if (repository == null) {
			return false;
		}
		return repository.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> ref(id).equals(ref))
			.findFirst()
			.map(id -> {
				repository.deleteById(id);
				return true;
			})
			.orElse(false);
	}

	/**
	 * Ends every session of the user except {@code keep} (null: all); returns how many.
	 */
	public int endAll(String username, @Nullable String keep) {
		var repository = store.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		List<String> ids = repository.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keep))
			.toList();
		ids.forEach(repository::deleteById);
		return ids.size();
	}

	static String ref(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
