package org.kakehashi.notifications.internal;

import java.util.Map;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.PasswordResetRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a password-reset link in the user's language. The one mail that bypasses the
 * outbox, on purpose: the link carries the secret token, which must not be stored,
 * neither in the outbox nor (as an {@code @ApplicationModuleListener} would) in the event
 * publication registry. A plain, synchronous {@code @EventListener} sends it at once; if
 * SMTP fails, the administrator's request fails and can be repeated.
 */
@Component
class PasswordResetMail {

	private final AccountService accounts;

	private final MailComposer composer;

	private final MailSending sending;

	private final String baseUrl;

	PasswordResetMail(AccountService accounts, MailComposer composer, MailSending sending,
			@Value("${kakehashi.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.composer = composer;
		this.sending = sending;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(PasswordResetRequested event) {
		accounts.user(event.username())
			.flatMap(u -> composer.compose(u, "password-reset",
					Map.of("username", event.username(), "link", baseUrl + "/password-reset/" + event.token())))
			.ifPresent(mail -> sending.send(mail.recipient(), mail.subject(), mail.body()));
	}

}
