package org.kakehashi.directory.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.Organization;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-at-a-time access to the {@code organization} and {@code contact} tables for imports
 * and exports: a few round trips per 500 organisations instead of several per
 * organisation.
 */
@Repository
public class OrganizationBatches {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	OrganizationBatches(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Version and cluster of those of {@code ids} that exist: who owns an id decides who
	 * may change it, and the version makes the later update fail if it moved meanwhile.
	 */
	public Map<String, Existing> existing(Collection<String> ids) {
		Map<String, Existing> found = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, version, cluster_id from organization where id in (:ids)")
				.param("ids", ids)
				.query(rs -> {
					found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getString(3)));
				});
		}
		return found;
	}

	/** An organisation as the import finds it. */
	public record Existing(long version, @Nullable String clusterId) {
	}

	/** Inserts in one JDBC batch (imports). */
	public void insertAll(List<Organization> orgs) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		batches.batchUpdate(
				"""
						insert into organization (id, kind, country, city, cluster_id, size, names, descriptions, topics, interests,
						                          website, created_at, updated_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
				orgs.stream()
					.map(o -> new Object[] { o.id(), o.kind().code(), o.country(), o.city(), o.clusterId(),
							OrganizationRepository.sizeCode(o.size()), JsonColumns.write(o.names()),
							JsonColumns.write(o.descriptions()), JsonColumns.write(o.topics()),
							JsonColumns.write(o.interests()), o.website(), now, now })
					.toList());
	}

	/**
	 * Updates in one JDBC batch, each only if nobody saved since its version; otherwise
	 * refuses all.
	 */
	public void updateAll(List<Organization> orgs) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int[] rows = batches.batchUpdate("""
				update organization set kind = ?, country = ?, city = ?, cluster_id = ?, size = ?, names = ?,
				       descriptions = ?, topics = ?, interests = ?, website = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""",
				orgs.stream()
					.map(o -> new Object[] { o.kind().code(), o.country(), o.city(), o.clusterId(),
							OrganizationRepository.sizeCode(o.size()), JsonColumns.write(o.names()),
							JsonColumns.write(o.descriptions()), JsonColumns.write(o.topics()),
							JsonColumns.write(o.interests()), o.website(), now, o.id(), o.version() })
					.toList());
		for (int i = 0; i < rows.length; i++) {
			if (rows[i] == 0) {
				throw new ConcurrentEditException("organization", orgs.get(i).id(), orgs.get(i).version());
			}
		}
	}

	/**
	 * Replaces the contacts of several organisations with two statements and one batch.
	 */
	public void replaceContacts(Map<String, List<Contact>> contactsById) {
		if (contactsById.isEmpty()) {
			return;
		}
		jdbc.sql("delete from contact where organization_id in (:ids)").param("ids", contactsById.keySet()).update();
		List<Object[]> rows = new ArrayList<>();
		contactsById.forEach((id, contacts) -> {
			for (int i = 0; i < contacts.size(); i++) {
				Contact c = contacts.get(i);
				rows.add(new Object[] { id, i, c.name().strip(), OrganizationRepository.blankToNull(c.email()),
						OrganizationRepository.blankToNull(c.role()) });
			}
		});
		batches.batchUpdate("insert into contact (organization_id, position, name, email, role) values (?, ?, ?, ?, ?)",
				rows);
	}

	/**
	 * Contacts of several organisations, for exports (one query per page instead of per
	 * organisation).
	 */
	public Map<String, List<Contact>> contactsOf(Collection<String> ids) {
		Map<String, List<Contact>> result = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select organization_id, name, email, role from contact where organization_id in (:ids) "
					+ "order by organization_id, position")
				.param("ids", ids)
				.query(rs -> {
					result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new Contact(rs.getString(2), rs.getString(3), rs.getString(4)));
				});
		}
		return result;
	}

}
