package org.kakehashi.exchange;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.exchange.internal.SubscriptionRepository;
import org.kakehashi.notifications.Notifications;
import org.kakehashi.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The weekly e-mail digest: for each subscriber, the posts of the past week (Monday to
 * Sunday, UTC) that their subscriptions cover and that they may see, in their language.
 * Each user's digest of a week is queued in the mail outbox under the key
 * {@code exchange-digest:<week>:<username>}, so running it twice, or on several instances
 * at once, sends it once.
 */
@Service
public class WeeklyDigest {

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

	private final SubscriptionRepository subscriptions;

	private final PostService posts;

	private final AccountService accounts;

	private final DirectoryService directory;

	private final Notifications notifications;

	private final Clock clock;

	private final AbsoluteLinks links;

	WeeklyDigest(SubscriptionRepository subscriptions, PostService posts, AccountService accounts,
			DirectoryService directory, Notifications notifications, Clock clock, AbsoluteLinks links) {
		this.subscriptions = subscriptions;
		this.posts = posts;
		this.accounts = accounts;
		this.directory = directory;
		this.notifications = notifications;
		this.clock = clock;
		this.links = links;
	}

	@Scheduled(cron = "${kakehashi.exchange.digest-cron:0 0 7 * * MON}")
	void weekly() {
		int sent = send(LocalDate.now(clock));
		log.info("Weekly digest: {} mails queued", sent);
	}

	/**
	 * The Monday that starts the week a digest sent on {@code day} covers: the week
	 * before.
	 */
	public static LocalDate weekCovered(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
	}

	/**
	 * Queues the digests due on {@code day} that were not queued before; returns how many
	 * were queued now.
	 */
	public int send(LocalDate day) {
		LocalDate week = weekCovered(day);
		Instant from = week.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = week.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Map<String, List<Subscription>> byUser = subscriptions.findAll()
			.stream()
			.collect(Collectors.groupingBy(Subscription::username));
		int sent = 0;
		for (var entry : byUser.entrySet()) {
			UserView user = accounts.user(entry.getKey()).orElse(null);
			if (user != null && user.enabled() && sendTo(user, entry.getValue(), week, from, to)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * The posts of one reader's digest: covered by a subscription, visible to them, not
	 * their own cluster's.
	 */
	public List<Post> postsFor(UserView user, List<Subscription> subs, Instant from, Instant to) {
		CurrentUser reader = new CurrentUser(user.id(), user.username(), user.displayName(), user.role(),
				user.cluster(), user.organization());
		return posts.visibleCreatedBetween(reader, from, to)
			.stream()
			.filter(p -> !p.clusterId().equals(user.cluster()))
			.filter(p -> subs.stream().anyMatch(s -> s.covers(p)))
			.toList();
	}

	private boolean sendTo(UserView user, List<Subscription> subs, LocalDate week, Instant from, Instant to) {
		List<Post> found = postsFor(user, subs, from, to);
		if (found.isEmpty()) {
			return false;
		}
		Locale locale = Locale.forLanguageTag(user.locale() == null ? "en" : user.locale());
		List<DigestItem> items = found.stream().map(p -> item(p, locale)).toList();
		return notifications.toUser("exchange-digest:" + week + ":" + user.username(), user.username(),
				"exchange-digest",
				Map.of("items", items, "count", items.size(), "week", week, "baseUrl", links.forMail()));
	}

	private DigestItem item(Post p, Locale locale) {
		String lang = p.titles().languageFor(locale);
		return new DigestItem(p.id(), p.kind().code(), p.titles().in(locale),
				directory.cluster(p.clusterId()).names().in(locale), lang.equals(locale.getLanguage()) ? null : lang);
	}

	/**
	 * One line of the digest mail.
	 *
	 * @param otherLanguage the language the title is written in when it is not the
	 * reader's, else null
	 */
	public record DigestItem(long id, String kind, String title, String cluster,
			@org.jspecify.annotations.Nullable String otherLanguage) {
	}

}
