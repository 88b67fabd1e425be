package org.kakehashi.requests;

import java.util.UUID;

import org.kakehashi.shared.CurrentUser;

/**
 * Requests created through the facade for the integration tests, each with a unique
 * title.
 */
final class RequestFixtures {

	private RequestFixtures() {
	}

	static String uniqueTitle(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static CurrentUser user(RequestParties parties, String username) {
		return parties.user(username).orElseThrow();
	}

	/** member.biom asks BioM for market entry in Kansai (Osaka Bio Headquarters). */
	static EntryRequest aBiomRequestToOsaka(RequestService requests, RequestParties parties, String title) {
		return requests.file(user(parties, "member.biom"), new FileEntryRequest(RequestType.MARKET_ENTRY, title,
				"Wir suchen Vertriebspartner für Antikörper gegen Krebs in Osaka.", "obhq", null));
	}

	static EntryRequest forwarded(RequestService requests, RequestParties parties, EntryRequest r) {
		return requests.act(user(parties, "manager.biom"), r.id(), new RequestStep.Forward("obhq"), null);
	}

}
