package org.kakehashi.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.AgreementStatus;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Region;
import org.kakehashi.requests.internal.BusinessCalendar;
import org.kakehashi.requests.internal.RegionCalendars;
import org.kakehashi.requests.internal.RequestProperties;
import org.kakehashi.requests.internal.ServiceLevelSettings;
import org.kakehashi.requests.internal.ServiceLevels;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service levels: which agreement a request travels under, how many business days its
 * parties promised for a first response (default 5), and each cluster's business calendar
 * (its region's time zone and public holidays).
 */
@Service
public class RequestClocks {

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final ServiceLevelSettings settings;

	private final RequestProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestClocks(DirectoryService directory, AgreementService agreements, ServiceLevelSettings settings,
			RequestProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.directory = directory;
		this.agreements = agreements;
		this.settings = settings;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A running clock as pages show it: whose, due when (in the responder's zone), and
	 * how it stands.
	 */
	public record ClockView(String cluster, Instant dueAt, LocalDate lastDay, String zone, ServiceClock.Status status) {

		public boolean highlighted() {
			return status == ServiceClock.Status.DUE || status == ServiceClock.Status.OVERDUE;
		}

	}

	public Instant now() {
		return clock.instant();
	}

	public BusinessCalendar calendarOf(String clusterId) {
		Cluster cluster = directory.cluster(clusterId);
		Region region = directory.region(cluster.regionId());
		return RegionCalendars.of(properties.holidayCode(region.id(), region.country()), ZoneId.of(region.timeZone()));
	}

	public ZoneId zoneOf(String clusterId) {
		return calendarOf(clusterId).zone();
	}

	/**
	 * The agreement two clusters cooperate under: one in force if any, else the latest
	 * signed. Partnerships outlive lapsed papers (see
	 * {@link AgreementService#partnersOf}).
	 */
	public Optional<AgreementView> agreementBetween(String cluster, String partner) {
		return agreements.all(cluster)
			.stream()
			.filter(a -> a.agreement().hasParty(partner) && a.agreement().signedOn() != null)
			.max(Comparator.<AgreementView, Boolean>comparing(a -> AgreementStatus.IN_FORCE.contains(a.status()))
				.thenComparing(a -> a.agreement().signedOn()));
	}

	/** The first-response days of many agreements, read once. */
	public Map<String, Integer> firstResponseDays(Collection<String> agreementIds) {
		Map<String, Integer> set = settings.firstResponseDays();
		Map<String, Integer> result = new HashMap<>();
		agreementIds.forEach(id -> result.put(id, set.getOrDefault(id, ServiceLevels.DEFAULT_FIRST_RESPONSE_DAYS)));
		return result;
	}

	public int firstResponseDays(@Nullable String agreementId) {
		return agreementId == null ? ServiceLevels.DEFAULT_FIRST_RESPONSE_DAYS
				: settings.firstResponseDays(agreementId).orElse(ServiceLevels.DEFAULT_FIRST_RESPONSE_DAYS);
	}

	/** Sets an agreement's response time; for the managers of its parties. */
	@Transactional
	public void setFirstResponseDays(CurrentUser user, String agreementId, int days) {
		AgreementView agreement = agreements.agreement(agreementId);
		if (agreement.agreement().parties().stream().noneMatch(p -> RequestAccess.isManagerOf(user, p))) {
			throw new ForbiddenException("service levels are set by the managers of the agreement's parties");
		}
		if (days < 1 || days > 60) {
			throw new InvalidInputException("days", "a response time is 1 to 60 business days");
		}
		settings.setFirstResponseDays(agreementId, days, user.username(), clock.instant());
		events.publishEvent(AuditEntry.by(user, "request.service-level.set", "agreement", agreementId, days + " days"));
	}

	/**
	 * The home cluster's clock for a request aimed at {@code target}, starting
	 * {@code at}.
	 */
	public ServiceClock homeClock(String home, String target, Instant at) {
		String agreement = agreementBetween(home, target).map(a -> a.agreement().id()).orElse(null);
		return ServiceLevels.clock(at, firstResponseDays(agreement), calendarOf(home));
	}

	public ServiceClock partnerClock(String partner, String agreementId, Instant at) {
		return ServiceLevels.clock(at, firstResponseDays(agreementId), calendarOf(partner));
	}

	/**
	 * The running clock of a request at {@code now}, or null when no first response is
	 * awaited.
	 */
	public @Nullable ClockView running(EntryRequest r, Instant now) {
		ServiceClock c = r.runningClock();
		String cluster = r.respondingCluster();
		if (c == null || cluster == null) {
			return null;
		}
		return view(cluster, c, zoneOf(cluster), now);
	}

	/**
	 * The running clocks of several requests at {@code now}, by request id (requests
	 * without one are left out). Each responding cluster's calendar is read once, not
	 * once per request, so a page can show many.
	 */
	public Map<String, ClockView> running(Collection<EntryRequest> requests, Instant now) {
		Map<String, ZoneId> zones = new HashMap<>();
		Map<String, ClockView> views = new HashMap<>();
		for (EntryRequest r : requests) {
			ServiceClock c = r.runningClock();
			String cluster = r.respondingCluster();
			if (c != null && cluster != null) {
				views.put(r.id(), view(cluster, c, zones.computeIfAbsent(cluster, this::zoneOf), now));
			}
		}
		return views;
	}

	private static ClockView view(String cluster, ServiceClock c, ZoneId zone, Instant now) {
		return new ClockView(cluster, c.dueAt(), c.dueAt().atZone(zone).minusDays(1).toLocalDate(), zone.getId(),
				c.status(now, zone));
	}

	public @Nullable ClockView running(EntryRequest r) {
		return running(r, clock.instant());
	}

}
