package org.kakehashi.requests.internal;

import java.util.Locale;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.exchange.InterestExpressed;
import org.kakehashi.exchange.InterestRevealed;
import org.kakehashi.requests.FileEntryRequest;
import org.kakehashi.requests.RequestParties;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequestType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An expression of interest in a partner's business opportunity travels as an
 * entry-portal request: filed for the interested member with its own cluster, addressed
 * to the opportunity owner's cluster, and from there it follows the usual route (forward,
 * accept, introductions). Names are revealed by the exchange module only when both sides
 * agree; until then the request keeps its requester anonymous towards the owner's cluster
 * ({@link ConcealedRequesters}), and {@link InterestRevealed} names it.
 */
@Component
class InterestRouting {

	private static final Logger log = LoggerFactory.getLogger(InterestRouting.class);

	private final RequestService requests;

	private final AccountService accounts;

	private final MessageSource messages;

	private final RequestParties parties;

	private final ConcealedRequesters concealed;

	InterestRouting(RequestService requests, AccountService accounts, MessageSource messages, RequestParties parties,
			ConcealedRequesters concealed) {
		this.requests = requests;
		this.concealed = concealed;
		this.parties = parties;
		this.accounts = accounts;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(InterestExpressed interest) {
		var user = accounts.asCurrentUser(interest.interestedUsername());
		if (user.isEmpty() || interest.interestedOrganizationId() == null) {
			// A cluster's own interest (no member organisation) is handled between the
			// managers directly.
			log.info("Interest {} in opportunity {} is not from a member organisation; no entry-portal request filed",
					interest.interestId(), interest.opportunityId());
			return;
		}
		if (!parties.partnerClusters(interest.fromCluster()).contains(interest.toCluster())) {
			// The exchange refuses interest from non-partners; one that still cannot be
			// filed (the partnership ended meanwhile, or it was stored before that check)
			// would fail again at every restart, so it is logged and its publication
			// completed. Checked here, not caught: the failure would roll back the
			// listener.
			log.warn("Interest {} in opportunity {}: {} is no partner of {}; no entry-portal request filed",
					interest.interestId(), interest.opportunityId(), interest.fromCluster(), interest.toCluster());
			return;
		}
		Locale locale = Locale.forLanguageTag(accounts.user(interest.interestedUsername())
			.map(u -> u.locale() == null ? "en" : u.locale())
			.orElse("en"));
		String title = messages.getMessage("requests.interest.title", new Object[] { interest.titles().in(locale) },
				locale);
		String description = messages.getMessage("requests.interest.description",
				new Object[] { String.valueOf(interest.opportunityId()), interest.message() }, locale);
		var request = requests.file(user.get(), new FileEntryRequest(RequestType.PARTNER_SEARCH, title, description,
				interest.toCluster(), interest.interestedOrganizationId()));
		concealed.conceal(request.id(), interest.interestId());
	}

	@ApplicationModuleListener
	void on(InterestRevealed revealed) {
		int named = concealed.reveal(revealed.interestId());
		log.info("Interest {} revealed; requester named on {} entry-portal request(s)", revealed.interestId(), named);
	}

}
