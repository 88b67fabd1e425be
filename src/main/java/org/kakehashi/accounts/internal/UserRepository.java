package org.kakehashi.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.NewUser;
import org.kakehashi.accounts.UserView;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
public class UserRepository {

	private static final String COLUMNS = "id, username, display_name, email, role, cluster_id, organization_id, locale, time_zone, enabled";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<UserView> findAll() {
		return jdbc.sql("select " + COLUMNS + " from app_user where deleted_at is null order by username")
			.query(UserRepository::view)
			.list();
	}

	public Optional<UserView> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ? and deleted_at is null")
			.param(username)
			.query(UserRepository::view)
			.optional();
	}

	public Optional<UserView> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = ? and deleted_at is null")
			.param(id)
			.query(UserRepository::view)
			.optional();
	}

	/** The user with their password hash, for sign-in. */
	Optional<UserPrincipal> findPrincipal(String username) {
		return jdbc.sql("select " + COLUMNS + ", password_hash from app_user where username = ? and deleted_at is null")
			.param(username)
			.query((rs, n) -> new UserPrincipal(currentUser(rs), rs.getString("password_hash"),
					rs.getBoolean("enabled")))
			.optional();
	}

	Optional<UserPrincipal> findPrincipal(long id) {
		return jdbc.sql("select " + COLUMNS + ", password_hash from app_user where id = ? and deleted_at is null")
			.param(id)
			.query((rs, n) -> new UserPrincipal(currentUser(rs), rs.getString("password_hash"),
					rs.getBoolean("enabled")))
			.optional();
	}

	public long insert(NewUser user, String passwordHash, @Nullable String cluster, @Nullable String locale,
			@Nullable String zone, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, email, role, cluster_id, organization_id,
				                      locale, time_zone, enabled, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)""")
			.params(user.username(), passwordHash, user.displayName(), blankToNull(user.email()), user.role().name(),
					cluster, user.role() == Role.MEMBER ? user.organization() : null, locale, zone,
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Also true for deleted accounts: their names stay reserved (other modules name
	 * users).
	 */
	public boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from app_user where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	public void updateTenancy(long id, Role role, @Nullable String cluster, @Nullable String organization) {
		jdbc.sql(
				"update app_user set role = ?, cluster_id = ?, organization_id = ?, version = version + 1 where id = ?")
			.params(role.name(), cluster, organization, id)
			.update();
	}

	public void updateEmail(long id, @Nullable String email) {
		jdbc.sql("update app_user set email = ?, version = version + 1 where id = ?").params(email, id).update();
	}

	public void updateEnabled(long id, boolean enabled) {
		jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ?").params(enabled, id).update();
	}

	public void updatePasswordHash(long id, String hash) {
		jdbc.sql("update app_user set password_hash = ?, version = version + 1 where id = ?").params(hash, id).update();
	}

	public @Nullable String passwordHash(long id) {
		return jdbc.sql("select password_hash from app_user where id = ? and deleted_at is null")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Keeps a tombstone: the user name stays taken (posts and requests name their authors
	 * by it) while the person's name, address and password are removed.
	 */
	public void markDeleted(long id, Instant now) {
		jdbc.sql("""
				update app_user set deleted_at = ?, enabled = false, email = null, display_name = '',
				       password_hash = '{deleted}', version = version + 1 where id = ?""")
			.params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), id)
			.update();
	}

	public void updatePreferences(long id, @Nullable String locale, @Nullable String zone) {
		jdbc.sql("update app_user set locale = ?, time_zone = ?, version = version + 1 where id = ?")
			.params(locale, zone, id)
			.update();
	}

	public void updateLocale(long id, String locale) {
		jdbc.sql("update app_user set locale = ? where id = ?").params(locale, id).update();
	}

	/** Language and time zone the user chose, if any. */
	Preferences preferences(long id) {
		return jdbc.sql("select locale, time_zone from app_user where id = ?")
			.param(id)
			.query((rs, n) -> new Preferences(rs.getString(1), rs.getString(2)))
			.optional()
			.orElse(new Preferences(null, null));
	}

	record Preferences(@Nullable String locale, @Nullable String timeZone) {
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static CurrentUser currentUser(ResultSet rs) throws SQLException {
		return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("cluster_id"), rs.getString("organization_id"));
	}

	private static UserView view(ResultSet rs, int n) throws SQLException {
		return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getString("cluster_id"),
				rs.getString("organization_id"), rs.getString("locale"), rs.getString("time_zone"),
				rs.getBoolean("enabled"));
	}

}
