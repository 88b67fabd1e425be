package org.kakehashi.notifications.internal;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders plain-text mails with Thymeleaf's TEXT mode and the UI message bundles, so
 * mails use the same translations as the pages.
 */
@Component
public class MailRenderer {

	private final ITemplateEngine templates;

	MailRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public record Rendered(String subject, String body) {
	}

	public Rendered render(String template, Locale locale, @Nullable String timeZone, Map<String, Object> values) {
		Context context = new Context(locale, values);
		context.setVariable("timeZone", timeZone == null ? "UTC" : timeZone);
		String text = templates.process("mail/" + template + ".txt", context).strip();
		int newline = text.indexOf('\n');
		if (newline < 0) {
			return new Rendered(text, "");
		}
		return new Rendered(text.substring(0, newline).strip(), text.substring(newline + 1).strip() + "\n");
	}

}
