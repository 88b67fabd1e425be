package org.kakehashi.reports.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.kakehashi.reports.FunderAttachment;
import org.kakehashi.reports.Partnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Funder attachments in {@code funder_attachment}. */
@Repository
public class FunderAttachmentRepository {

	private final JdbcClient jdbc;

	FunderAttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<FunderAttachment> findAll() {
		return jdbc.sql("select * from funder_attachment order by username, cluster_a, cluster_b")
			.query((rs, n) -> new FunderAttachment(rs.getString("username"),
					new Partnership(rs.getString("cluster_a"), rs.getString("cluster_b")), rs.getString("attached_by"),
					rs.getObject("attached_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public List<Partnership> findByUsername(String username) {
		return jdbc.sql("select cluster_a, cluster_b from funder_attachment where username = ?")
			.param(username)
			.query((rs, n) -> new Partnership(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Inserts the attachment unless it exists; returns whether it was new. */
	public boolean insert(String username, Partnership p, String by, Instant at) {
		if (!jdbc.sql("select 1 from funder_attachment where username = ? and cluster_a = ? and cluster_b = ?")
			.params(username, p.first(), p.second())
			.query(Integer.class)
			.list()
			.isEmpty()) {
			return false;
		}
		return jdbc.sql("""
				insert into funder_attachment (username, cluster_a, cluster_b, attached_by, attached_at)
				values (?, ?, ?, ?, ?)""")
			.params(username, p.first(), p.second(), by, at.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	public boolean delete(String username, Partnership p) {
		return jdbc.sql("delete from funder_attachment where username = ? and cluster_a = ? and cluster_b = ?")
			.params(username, p.first(), p.second())
			.update() == 1;
	}

	public int deleteAll(String username) {
		return jdbc.sql("delete from funder_attachment where username = ?").param(username).update();
	}

	public long count() {
		return jdbc.sql("select count(*) from funder_attachment").query(Long.class).single();
	}

}
