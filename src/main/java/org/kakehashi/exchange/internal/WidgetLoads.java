package org.kakehashi.exchange.internal;

import java.net.URI;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts loads of a cluster's partner widget per embedding site and day. Only the
 * referrer's origin is kept (no path, no visitor data): enough to show where the partners
 * are promoted.
 */
@Repository
public class WidgetLoads {

	private final JdbcClient jdbc;

	WidgetLoads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The site of a referrer URL, e.g. {@code https://www.bio-m.org}; null for none or
	 * nonsense.
	 */
	public static @Nullable String origin(@Nullable String referrer) {
		if (referrer == null || referrer.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(referrer.strip());
			String scheme = uri.getScheme();
			if (uri.getHost() == null || scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
				return null;
			}
			String origin = scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
					+ (uri.getPort() > 0 ? ":" + uri.getPort() : "");
			return origin.length() > 300 ? null : origin;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public void record(String cluster, String origin, LocalDate day) {
		int updated = jdbc
			.sql("""
					update widget_load set loads = loads + 1 where cluster_id = ? and referrer_origin = ? and load_day = ?""")
			.params(cluster, origin, Date.valueOf(day))
			.update();
		if (updated == 0) {
			// A concurrent first load of the day may have inserted the row: then count
			// this one on top.
			int inserted = jdbc.sql("""
					insert into widget_load (cluster_id, referrer_origin, load_day, loads) values (?, ?, ?, 1)
					on conflict do nothing""").params(cluster, origin, Date.valueOf(day)).update();
			if (inserted == 0) {
				record(cluster, origin, day);
			}
		}
	}

	/** Per embedding site: first day seen and loads, in {@code [from, to]}. */
	public List<SiteLoads> sites(String cluster, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select referrer_origin, min(load_day), sum(loads) from widget_load
				where cluster_id = ? and load_day between ? and ?
				group by referrer_origin order by min(load_day), referrer_origin""")
			.params(cluster, Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new SiteLoads(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getLong(3)))
			.list();
	}

	public record SiteLoads(String origin, LocalDate firstDay, long loads) {
	}

}
