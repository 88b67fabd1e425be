package org.kakehashi.requests.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests whose requester stays anonymous towards the partner cluster: those filed
 * for an expression of interest, until both sides of the interest consented.
 */
@Repository
public class ConcealedRequesters {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	ConcealedRequesters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void conceal(String requestId, long interestId) {
		jdbc.sql("insert into request_concealed_requester (request_id, interest_id) values (?, ?)")
			.params(requestId, interestId)
			.update();
	}

	/** Names the requester of every request filed for this interest; returns how many. */
	int reveal(long interestId) {
		return jdbc.sql("delete from request_concealed_requester where interest_id = ?").param(interestId).update();
	}

	public boolean isConcealed(String requestId) {
		return jdbc.sql("select count(*) from request_concealed_requester where request_id = ?")
			.param(requestId)
			.query(Long.class)
			.single() > 0;
	}

	/** Of the given requests, those whose requester is concealed (one query per 500). */
	public Set<String> concealedAmong(Collection<String> requestIds) {
		Set<String> concealed = new HashSet<>();
		List<String> ids = List.copyOf(requestIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			concealed.addAll(jdbc.sql("select request_id from request_concealed_requester where request_id in (:ids)")
				.param("ids", chunk)
				.query(String.class)
				.list());
		}
		return concealed;
	}

}
