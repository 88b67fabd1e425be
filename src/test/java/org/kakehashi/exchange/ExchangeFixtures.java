package org.kakehashi.exchange;

import java.util.List;
import java.util.UUID;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;

/**
 * Posts written through the facade as the demo users, with unique titles so tests
 * tolerate each other.
 */
final class ExchangeFixtures {

	private ExchangeFixtures() {
	}

	static CurrentUser current(AccountService accounts, String username) {
		var u = accounts.user(username).orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization());
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static Post privatePost(PostService posts, AccountService accounts, String author, String title,
			String... sharedWith) {
		return posts.create(current(accounts, author),
				new PostDraft(PostKind.REGIONAL_UPDATE, LocalizedText.of("en", title),
						LocalizedText.of("en", "Text of " + title), false, List.of(sharedWith), 0));
	}

	static Post publicPost(PostService posts, AccountService accounts, String author, String title) {
		return posts.create(current(accounts, author), new PostDraft(PostKind.EVENT_ANNOUNCEMENT,
				LocalizedText.of("en", title), LocalizedText.of("en", "Text of " + title), true, List.of(), 0));
	}

}
