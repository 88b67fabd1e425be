package org.kakehashi.notifications.internal;

import java.util.Map;

import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.accounts.UserCreated;
import org.kakehashi.notifications.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Welcomes each new user in their language, after the account is committed. */
@Component
class WelcomeMail {

	private final Notifications notifications;

	private final AbsoluteLinks links;

	WelcomeMail(Notifications notifications, AbsoluteLinks links) {
		this.notifications = notifications;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(UserCreated event) {
		notifications.toUser("welcome:" + event.username(), event.username(), "welcome",
				Map.of("username", event.username(), "baseUrl", links.forMail()));
	}

}
