package org.kakehashi.notifications.internal;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands mails to the SMTP server ({@code spring.mail.host}). Without one configured (the
 * embedded demo), mails are logged instead of sent, and the log says so.
 */
@Component
public class MailSending {

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);

	private final @Nullable JavaMailSender sender;

	private final String from;

	private final Counter sent;

	private final Counter failed;

	MailSending(ObjectProvider<JavaMailSender> sender, @Value("${kakehashi.mail.from:kakehashi@localhost}") String from,
			MeterRegistry meters) {
		this.sender = sender.getIfAvailable();
		this.from = from;
		this.sent = Counter.builder("kakehashi.mail.sent")
			.description("Mails handed to the SMTP server")
			.register(meters);
		this.failed = Counter.builder("kakehashi.mail.failed")
			.description("Attempts the SMTP server did not take (retried from the outbox)")
			.register(meters);
	}

	public void send(String to, String subject, String body) {
		if (sender == null) {
			log.info("No SMTP server configured (spring.mail.host); not sent to {}: {}", to, subject);
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
			sender.send(message);
			sent.increment();
		}
		catch (MessagingException | MailException ex) {
			failed.increment();
			// The outbox counts the attempt and retries the mail later.
			throw new IllegalStateException("could not send mail to " + to + ": " + ex.getMessage(), ex);
		}
	}

}
