package org.kakehashi.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.notifications.internal.MailComposer;
import org.kakehashi.notifications.internal.MailOutbox;
import org.kakehashi.notifications.internal.OutboxSender;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Service;

/**
 * The one way modules send mail: each recipient's mail is rendered in their language from
 * {@code templates/mail/<template>.txt} (first line = subject) and queued in the outbox
 * in the caller's transaction, under a key that names the occasion and the recipient
 * ({@code kind:subject:period:recipient}). The key is unique: a mail queued again (a
 * rerun job, a job running on several instances, a republished event) is not queued
 * twice. Mails leave after the commit, from whichever instance claims them, and are
 * retried with backoff when SMTP fails (docs/decisions/0010-mail-outbox.md).
 */
@Service
public class Notifications {

	private final AccountService accounts;

	private final MailComposer composer;

	private final MailOutbox outbox;

	private final OutboxSender sender;

	private final Clock clock;

	Notifications(AccountService accounts, MailComposer composer, MailOutbox outbox, OutboxSender sender, Clock clock) {
		this.accounts = accounts;
		this.composer = composer;
		this.outbox = outbox;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * Queues a mail to one user if they have an address and {@code key} was not queued
	 * before; returns whether it was queued now. The key must tell this recipient's mail
	 * apart from every other (e.g. {@code event-meeting:9:7:1790000000}, where
	 * participant 7 is the recipient).
	 */
	public boolean toUser(String key, String username, String template, Map<String, Object> values) {
		return accounts.user(username).map(u -> queue(key, u, template, values)).orElse(false);
	}

	/**
	 * Queues a mail to every enabled manager of a cluster, each under
	 * {@code key + ":" + username}; returns how many were queued now.
	 */
	public int toClusterManagers(String key, String clusterId, String template, Map<String, Object> values) {
		List<UserView> managers = accounts.users()
			.stream()
			.filter(u -> u.enabled() && u.role() == Role.CLUSTER_MANAGER && clusterId.equals(u.cluster()))
			.toList();
		return (int) managers.stream().filter(u -> queue(key + ":" + u.username(), u, template, values)).count();
	}

	/**
	 * Sends the queued mails that are due, from this instance, now; returns how many went
	 * out. The outbox does this by itself every few seconds and after each commit that
	 * queued mail; this is for callers that must not wait (tests, a command).
	 */
	public int sendQueued() {
		return sender.sendDue();
	}

	private boolean queue(String key, UserView user, String template, Map<String, Object> values) {
		return composer.compose(user, template, values).map(mail -> {
			boolean queued = outbox.enqueue(key, mail.username(), mail.recipient(), mail.subject(), mail.body(),
					clock.instant());
			if (queued) {
				sender.wake();
			}
			return queued;
		}).orElse(false);
	}

}
