package org.kakehashi.accounts.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/security.txt} (RFC 9116): whom to tell about a vulnerability in
 * this installation. The contact is the operator's ({@code KAKEHASHI_SECURITY_CONTACT},
 * else the address mails come from); it expires half a year ahead, so it is never stale.
 */
@RestController
class SecurityTxtController {

	private final String contact;

	private final Clock clock;

	SecurityTxtController(@Value("${kakehashi.security.contact:}") String contact,
			@Value("${kakehashi.mail.from:kakehashi@localhost}") String mailFrom, Clock clock) {
		this.contact = contact.isBlank() ? "mailto:" + mailFrom : contact;
		this.clock = clock;
	}

	@GetMapping(path = "/.well-known/security.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> securityTxt() {
		Instant expires = Instant.now(clock).plus(Duration.ofDays(182)).truncatedTo(ChronoUnit.SECONDS);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body("Contact: " + contact + "\nExpires: " + expires + "\nPreferred-Languages: en, de, ja\n");
	}

}
