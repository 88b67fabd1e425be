package org.kakehashi.notifications.internal;

import java.util.Map;

import org.kakehashi.accounts.PasswordResetRequested;
import org.kakehashi.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a password-reset link in the user's language. A plain, synchronous
 * {@code @EventListener} on purpose: the event carries the secret token, and an
 * {@code @ApplicationModuleListener} would store it in the event publication registry. If
 * the mail cannot be sent, the administrator's request fails and can be repeated.
 */
@Component
class PasswordResetMail {

	private final Notifications notifications;

	private final String baseUrl;

	PasswordResetMail(Notifications notifications,
			@Value("${kakehashi.base-url:http://localhost:8080}") String baseUrl) {
		this.notifications = notifications;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(PasswordResetRequested event) {
		notifications.toUser(event.username(), "password-reset",
				Map.of("username", event.username(), "link", baseUrl + "/password-reset/" + event.token()));
	}

}
