package org.kakehashi.events.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.kakehashi.events.AgendaItem;
import org.kakehashi.events.Event;
import org.kakehashi.events.Participant;
import org.springframework.stereotype.Component;

/**
 * Writes a personal agenda as iCalendar (RFC 5545). Times are written in UTC, so every
 * calendar app shows them in its own zone without needing the event's time-zone
 * definition; the UID is stable per meeting, so a moved meeting updates the entry instead
 * of adding one.
 */
@Component
public class AgendaCalendar {

	public String render(Event event, Participant p, List<AgendaItem> agenda) {
		String eventName = event.names().in(Locale.ENGLISH);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kakehashi//Partnering agenda//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (AgendaItem item : agenda) {
			VEvent meeting = new VEvent(item.slot().startsAt().toInstant(), item.slot().endsAt().toInstant(),
					item.with().displayName() + " – " + eventName);
			meeting.add(new Uid("kakehashi-meeting-" + item.request().id() + "@" + event.id()));
			meeting.add(
					new Location("Table " + item.booking().table() + (event.venue() == null ? "" : ", " + event.venue())
							+ (event.city() == null ? "" : ", " + event.city())));
			meeting.add(new Description(item.request().message()));
			calendar.add(meeting);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
