package org.kakehashi.requests.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kakehashi.accounts.PeopleNames;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.requests.RequestOutcome;
import org.kakehashi.requests.RequestParties;
import org.kakehashi.requests.RequestTransition;
import org.kakehashi.requests.RequesterVisibility;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A request's history as the reader should read it: people by display name (or "a member
 * of" while the requester is concealed), clusters, agreements and organisations by name,
 * outcomes and ratings in the reader's language. The stored details are codes and ids,
 * written once by {@code RequestService}; this is the one place that turns them into
 * text.
 */
@Component
class RequestHistoryLines {

	/** One line of the timeline; {@code detail} is empty when there is nothing to add. */
	record Line(String action, Instant at, String actor, String detail) {
	}

	private final MessageSource messages;

	private final DirectoryService directory;

	private final RequestParties parties;

	private final PeopleNames people;

	RequestHistoryLines(MessageSource messages, DirectoryService directory, RequestParties parties,
			PeopleNames people) {
		this.messages = messages;
		this.directory = directory;
		this.parties = parties;
		this.people = people;
	}

	List<Line> lines(List<RequestTransition> history, RequesterVisibility who, Cluster home, Locale locale) {
		String concealed = messages.getMessage("interest.anonymousFrom", new Object[] { home.names().in(locale) },
				locale);
		Map<String, String> organizations = organizationNames(history, locale);
		return history.stream()
			.map(t -> new Line(t.action(), t.at(), who.hides(t.actor()) ? concealed : people.name(t.actor()),
					who.hidden() && t.action().equals("filed") ? "" : detail(t, organizations, locale)))
			.toList();
	}

	/** The names of every organisation the history mentions, read in one query. */
	private Map<String, String> organizationNames(List<RequestTransition> history, Locale locale) {
		Set<String> ids = new HashSet<>();
		for (RequestTransition t : history) {
			String d = t.detail();
			if (d == null || d.isBlank()) {
				continue;
			}
			if (t.action().equals("filed")) {
				ids.add(d.substring(d.lastIndexOf(' ') + 1));
			}
			else if (t.action().equals("introduce")) {
				ids.addAll(Arrays.asList(d.split(",\\s*")));
			}
		}
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			directory.organizations(ids).forEach(o -> names.put(o.id(), o.names().in(locale)));
		}
		return names;
	}

	private String detail(RequestTransition t, Map<String, String> organizations, Locale locale) {
		String d = t.detail();
		if (d == null || d.isBlank()) {
			return "";
		}
		try {
			return switch (t.action()) {
				// "on behalf of <organisation id>", written when a manager files for a
				// member
				case "filed" -> messages.getMessage("request.history.onBehalfOf",
						new Object[] { organization(organizations, d.substring(d.lastIndexOf(' ') + 1), locale) },
						locale);
				// "<cluster id> / <agreement id>"
				case "forward" -> forwardedUnder(d, locale);
				case "close" -> Arrays.stream(RequestOutcome.values())
					.filter(o -> o.code().equals(d))
					.findFirst()
					.map(o -> messages.getMessage("request.outcome." + o.code(), null, locale))
					.orElse("");
				// "<rating>/5"
				case "feedback" -> messages.getMessage("request.feedback.rating",
						new Object[] { d.substring(0, d.indexOf('/')) }, locale);
				case "assign" -> people.name(d);
				case "introduce" -> Arrays.stream(d.split(",\\s*"))
					.map(id -> organization(organizations, id, locale))
					.collect(Collectors.joining(messages.getMessage("list.separator", null, ", ", locale)));
				// a decline's reason is the manager's own text
				default -> d;
			};
		}
		catch (RuntimeException ex) {
			// a detail written in an older form: better nothing than a raw code
			return "";
		}
	}

	private String forwardedUnder(String d, Locale locale) {
		String[] parts = d.split(" / ");
		String cluster = directory.cluster(parts[0]).names().in(locale);
		if (parts.length < 2) {
			return cluster;
		}
		return messages.getMessage("request.history.forwardedUnder",
				new Object[] { cluster, parties.agreementTitles(parts[1]).in(locale) }, locale);
	}

	private String organization(Map<String, String> organizations, String id, Locale locale) {
		String name = organizations.get(id);
		return name != null ? name : messages.getMessage("organization.former", null, locale);
	}

}
