package org.kakehashi.notifications.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kakehashi.accounts.UserView;
import org.springframework.stereotype.Component;

/**
 * Turns a template and its values into one user's mail, in their language and time zone;
 * nothing for a user without an address or a disabled one.
 */
@Component
public class MailComposer {

	/** A mail ready to queue or send. */
	public record Composed(String username, String recipient, String subject, String body) {
	}

	private final MailRenderer renderer;

	MailComposer(MailRenderer renderer) {
		this.renderer = renderer;
	}

	public Optional<Composed> compose(UserView user, String template, Map<String, Object> values) {
		if (user.email() == null || !user.enabled()) {
			return Optional.empty();
		}
		Locale locale = Locale.forLanguageTag(user.locale() == null ? "en" : user.locale());
		MailRenderer.Rendered mail = renderer.render(template, locale, user.timeZone(), values);
		return Optional.of(new Composed(user.username(), user.email(), mail.subject(), mail.body()));
	}

}
