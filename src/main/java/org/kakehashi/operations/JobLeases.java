package org.kakehashi.operations;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code job_lease} table (V13_3): which instance runs a job that one instance at a
 * time should run.
 */
@Repository
class JobLeases {

	private final JdbcClient jdbc;

	JobLeases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes or renews the lease of {@code job} until {@code until}; true if {@code owner}
	 * holds it now. One conditional update (or, for a job never run before, an insert):
	 * of two instances asking at once, the second sees the first one's lease on the
	 * locked row, or its key, and gets false.
	 */
	boolean acquire(String job, String owner, Instant now, Instant until) {
		if (jdbc.sql("""
				update job_lease set owner = ?, lease_until = ?
				where name = ? and (lease_until < ? or owner = ?)""")
			.params(owner, until.atOffset(ZoneOffset.UTC), job, now.atOffset(ZoneOffset.UTC), owner)
			.update() == 1) {
			return true;
		}
		return jdbc.sql("insert into job_lease (name, owner, lease_until) values (?, ?, ?) on conflict do nothing")
			.params(job, owner, until.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

}
