package org.kakehashi.notifications.internal;

import java.util.Map;

import org.kakehashi.accounts.UserCreated;
import org.kakehashi.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Welcomes each new user in their language, after the account is committed. */
@Component
class WelcomeMail {

	private final Notifications notifications;

	private final String baseUrl;

	WelcomeMail(Notifications notifications, @Value("${kakehashi.base-url:http://localhost:8080}") String baseUrl) {
		this.notifications = notifications;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(UserCreated event) {
		notifications.toUser(event.username(), "welcome", Map.of("username", event.username(), "baseUrl", baseUrl));
	}

}
