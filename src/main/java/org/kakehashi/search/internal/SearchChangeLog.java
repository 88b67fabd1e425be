package org.kakehashi.search.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code search_change} table: the ordered log of changes the partner index depends
 * on, and the {@code search_change_horizon} row that says how far it has been pruned.
 */
@Repository
class SearchChangeLog {

	/** What changed: an organisation (reindex it) or the thesaurus (analyse anew). */
	enum Kind {

		ORGANIZATION("organization"), THESAURUS("thesaurus");

		final String code;

		Kind(String code) {
			this.code = code;
		}

		static Kind of(String code) {
			return code.equals(THESAURUS.code) ? THESAURUS : ORGANIZATION;
		}

	}

	/** One log entry. */
	record Change(long id, Kind kind, String ref, Instant changedAt) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	SearchChangeLog(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Appends entries in the caller's transaction (one round trip for a batch). */
	void append(Kind kind, Collection<String> refs, Instant at) {
		OffsetDateTime when = utc(at);
		if (refs.size() == 1) {
			jdbc.sql("insert into search_change (kind, ref, changed_at) values (?, ?, ?)")
				.params(kind.code, refs.iterator().next(), when)
				.update();
			return;
		}
		batches.batchUpdate("insert into search_change (kind, ref, changed_at) values (?, ?, ?)",
				refs.stream().map(ref -> new Object[] { kind.code, ref, when }).toList());
	}

	/** Up to {@code limit} entries after {@code id}, in log order. */
	List<Change> after(long id, int limit) {
		return jdbc.sql("select id, kind, ref, changed_at from search_change where id > ? order by id limit ?")
			.params(id, limit)
			.query(SearchChangeLog::map)
			.list();
	}

	/**
	 * The entries among {@code ids} that exist by now (committed late, behind others).
	 */
	List<Change> withIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, kind, ref, changed_at from search_change where id in (:ids) order by id")
			.param("ids", ids)
			.query(SearchChangeLog::map)
			.list();
	}

	/**
	 * The last entry written before {@code before}, or the pruning horizon when there is
	 * none: where a fresh index starts following. Entries written after it may still be
	 * committing, so they are read again.
	 */
	long settledBefore(Instant before) {
		long id = jdbc.sql("select coalesce(max(id), 0) from search_change where changed_at < ?")
			.param(utc(before))
			.query(Long.class)
			.single();
		return Math.max(id, prunedThrough());
	}

	/** The newest entry's id (0 when the log is empty). */
	long head() {
		long id = jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
		return Math.max(id, prunedThrough());
	}

	/** Entries up to this id have been deleted. */
	long prunedThrough() {
		return jdbc.sql("select pruned_through from search_change_horizon where id = 1").query(Long.class).single();
	}

	/**
	 * Deletes entries written before {@code before} and moves the horizon past them.
	 * Several instances may prune at once; the horizon only moves forward.
	 * @return how many entries were deleted
	 */
	@Transactional
	int prune(Instant before) {
		long upTo = jdbc.sql("select coalesce(max(id), 0) from search_change where changed_at < ?")
			.param(utc(before))
			.query(Long.class)
			.single();
		if (upTo == 0) {
			return 0;
		}
		jdbc.sql("update search_change_horizon set pruned_through = ? where id = 1 and pruned_through < ?")
			.params(upTo, upTo)
			.update();
		return jdbc.sql("delete from search_change where id <= ?").param(upTo).update();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Change map(ResultSet rs, int row) throws SQLException {
		return new Change(rs.getLong(1), Kind.of(rs.getString(2)), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant());
	}

}
