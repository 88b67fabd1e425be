package org.kakehashi.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows people by their display name, never by their user name (a sign-in detail).
 * Templates call it as {@code @people.name(username)}; a deleted account reads as "former
 * account" in the reader's language.
 */
@Component("people")
public class PeopleNames {

	private final AccountService accounts;

	private final MessageSource messages;

	PeopleNames(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	public String name(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return accounts.user(username)
			.map(UserView::displayName)
			.orElseGet(() -> messages.getMessage("user.former", null, LocaleContextHolder.getLocale()));
	}

}
