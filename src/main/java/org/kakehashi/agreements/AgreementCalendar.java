package org.kakehashi.agreements;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.internal.FeedTokens;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feed of a cluster's agreement dates: signing anniversaries (yearly, for
 * signing days known to the day), end dates, and the ends of commitment periods in the
 * coming two years. Calendar apps cannot sign in, so the feed address carries a secret
 * per-cluster token that the cluster's managers see and can replace; a wrong token reads
 * as "no such feed" (404).
 */
@Service
public class AgreementCalendar {

	private final AgreementService agreements;

	private final FeedTokens tokens;

	private final Clock clock;

	AgreementCalendar(AgreementService agreements, FeedTokens tokens, Clock clock) {
		this.agreements = agreements;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** The cluster's feed token, for its managers (created on first use). */
	@Transactional
	public String tokenFor(CurrentUser user, String clusterId) {
		requireManager(user, clusterId);
		return tokens.tokenFor(clusterId);
	}

	/** Replaces the cluster's feed token; the old address stops working. */
	@Transactional
	public String rotate(CurrentUser user, String clusterId) {
		requireManager(user, clusterId);
		return tokens.rotate(clusterId);
	}

	/** The feed as iCalendar text, if {@code token} is the cluster's. */
	public String feed(String clusterId, String token) {
		if (!tokens.matches(clusterId, token)) {
			throw new NotFoundException("feed", clusterId);
		}
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kakehashi//Agreements//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		agreements.all(clusterId).stream().flatMap(v -> events(v).stream()).forEach(calendar::add);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private List<VEvent> events(AgreementView view) {
		Agreement a = view.agreement();
		List<VEvent> list = new ArrayList<>();
		if (!a.isSigned()) {
			return list;
		}
		String title = a.titles().in(Locale.ENGLISH);
		if (a.signedPrecision() == DatePrecision.DAY) {
			VEvent anniversary = event(a.signedOn(), "Signed: " + title, a.id() + "-signed");
			anniversary.add(new RRule<LocalDate>(new Recur.Builder<LocalDate>().frequency(Frequency.YEARLY).build()));
			list.add(anniversary);
		}
		if (a.endsOn() != null) {
			list.add(event(a.endsOn(), "Ends: " + title, a.id() + "-ends"));
		}
		if (AgreementStatus.IN_FORCE.contains(view.status()) || view.status() == AgreementStatus.SIGNED) {
			list.addAll(periodEnds(a, title));
		}
		return list;
	}

	private List<VEvent> periodEnds(Agreement a, String title) {
		LocalDate today = LocalDate.now(clock);
		LocalDate horizon = today.plusYears(2);
		List<VEvent> list = new ArrayList<>();
		for (Commitment c : a.commitments()) {
			if (c.rule() == null) {
				continue;
			}
			for (LocalDate d = c.rule().period().containing(today).to(); !d.isAfter(horizon) && (a.endsOn() == null
					|| !d.isAfter(a.endsOn())); d = c.rule().period().containing(d.plusDays(1)).to()) {
				VEvent e = event(d, "Commitment " + c.number() + " period ends: " + title,
						a.id() + "-c" + c.number() + "-" + d);
				e.add(new Description(c.text().in(Locale.ENGLISH) + " (at least " + c.rule().minimum() + " per "
						+ c.rule().period().code() + ")"));
				list.add(e);
			}
		}
		return list;
	}

	private static VEvent event(LocalDate day, String summary, String uid) {
		VEvent e = new VEvent(day, summary);
		e.add(new Uid(uid + "@kakehashi"));
		return e;
	}

	private static void requireManager(CurrentUser user, String clusterId) {
		if (!user.managesCluster(clusterId)) {
			throw new ForbiddenException("a cluster's calendar feed address is shown to its managers");
		}
	}

}
