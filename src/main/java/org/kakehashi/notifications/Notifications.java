package org.kakehashi.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.notifications.internal.MailRenderer;
import org.kakehashi.notifications.internal.MailSending;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Sends notification e-mails. Each recipient gets the mail rendered in their language
 * from {@code templates/mail/<template>.txt} (first line = subject). Callers should call
 * this from an {@code @ApplicationModuleListener}, i.e. after their transaction
 * committed, so no mail announces a change that was rolled back.
 */
@Service
public class Notifications {

	private final AccountService accounts;

	private final MailRenderer renderer;

	private final MailSending sending;

	Notifications(AccountService accounts, MailRenderer renderer, MailSending sending) {
		this.accounts = accounts;
		this.renderer = renderer;
		this.sending = sending;
	}

	/**
	 * Mails one user, if they have an e-mail address; returns whether a mail was sent.
	 */
	public boolean toUser(String username, String template, Map<String, Object> values) {
		return accounts.user(username).map(u -> send(u, template, values)).orElse(false);
	}

	/** Mails every manager of a cluster; returns how many mails were sent. */
	public int toClusterManagers(String clusterId, String template, Map<String, Object> values) {
		List<UserView> managers = accounts.users()
			.stream()
			.filter(u -> u.enabled() && u.role() == Role.CLUSTER_MANAGER && clusterId.equals(u.cluster()))
			.toList();
		return (int) managers.stream().filter(u -> send(u, template, values)).count();
	}

	private boolean send(UserView user, String template, Map<String, Object> values) {
		if (user.email() == null || !user.enabled()) {
			return false;
		}
		Locale locale = Locale.forLanguageTag(user.locale() == null ? "en" : user.locale());
		MailRenderer.Rendered mail = renderer.render(template, locale, user.timeZone(), values);
		sending.send(user.email(), mail.subject(), mail.body());
		return true;
	}

}
