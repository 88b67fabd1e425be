package org.kakehashi.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.exchange.InterestView;
import org.kakehashi.exchange.Interests;
import org.kakehashi.exchange.OpportunityService;
import org.kakehashi.exchange.OpportunityView;
import org.kakehashi.exchange.Post;
import org.kakehashi.exchange.PostActivity;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The start page's exchange sections: new opportunities of the partners for members;
 * unread partner posts and interest to route for managers. Anonymity (opportunity owners,
 * interested members) is the exchange facades' business; the views they return are shown
 * as they are.
 */
@Component
class HomeExchange {

	/** How long an opportunity counts as new. */
	static final Duration NEW = Duration.ofDays(30);

	private final OpportunityService opportunities;

	private final Interests interests;

	private final PostActivity posts;

	private final AgreementService agreements;

	private final DirectoryService directory;

	private final Clock clock;

	HomeExchange(OpportunityService opportunities, Interests interests, PostActivity posts, AgreementService agreements,
			DirectoryService directory, Clock clock) {
		this.opportunities = opportunities;
		this.interests = interests;
		this.posts = posts;
		this.agreements = agreements;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * An opportunity of a partner cluster.
	 *
	 * @param matches whether one of its keywords is a topic of the reader's organisation
	 */
	record NewOpportunity(OpportunityView opportunity, @Nullable Cluster owner, boolean matches) {
	}

	record UnreadPost(Post post, @Nullable Cluster cluster) {
	}

	/** An interest in one of the cluster's opportunities, from {@code from}. */
	record InterestToRoute(InterestView interest, OpportunityView opportunity, @Nullable Cluster from) {
	}

	/**
	 * The partners' opportunities of the last 30 days: those matching the member
	 * organisation's topics first, each group newest first.
	 */
	HomeSection<NewOpportunity> newOpportunities(CurrentUser member, Map<String, Cluster> clusters) {
		String cluster = member.clusterId();
		if (cluster == null) {
			return HomeSection.empty("/opportunities");
		}
		Set<String> partners = agreements.partnersOf(cluster);
		Instant since = clock.instant().minus(NEW);
		Set<String> topics = topicsOf(member);
		List<NewOpportunity> found = opportunities.find(member, null, null)
			.stream()
			.filter(o -> partners.contains(o.ownerClusterId()) && o.createdAt().isAfter(since))
			.map(o -> new NewOpportunity(o, clusters.get(o.ownerClusterId()),
					o.keywords().stream().map(HomeExchange::normalized).anyMatch(topics::contains)))
			.sorted(Comparator.comparing(NewOpportunity::matches).reversed())
			.toList();
		return HomeSection.of(found, "/opportunities");
	}

	HomeSection<UnreadPost> unreadPosts(CurrentUser manager, Map<String, Cluster> clusters) {
		return HomeSection.of(posts.unreadPartnerPosts(manager)
			.stream()
			.map(p -> new UnreadPost(p, clusters.get(p.clusterId())))
			.toList(), "/posts");
	}

	HomeSection<InterestToRoute> interestsToRoute(CurrentUser manager, Map<String, Cluster> clusters) {
		List<InterestView> open = interests.awaitingAnswer(manager);
		if (open.isEmpty()) {
			return HomeSection.empty("/opportunities");
		}
		Map<Long, OpportunityView> about = opportunities.find(manager, null, null)
			.stream()
			.collect(Collectors.toMap(OpportunityView::id, Function.identity()));
		return HomeSection.of(open.stream()
			.filter(i -> about.containsKey(i.opportunityId()))
			.map(i -> new InterestToRoute(i, about.get(i.opportunityId()), clusters.get(i.interestedClusterId())))
			.toList(), "/opportunities");
	}

	private Set<String> topicsOf(CurrentUser member) {
		String organization = member.organizationId();
		if (organization == null) {
			return Set.of();
		}
		return directory.organization(organization)
			.topics()
			.stream()
			.map(HomeExchange::normalized)
			.collect(Collectors.toSet());
	}

	private static String normalized(String keyword) {
		return keyword.strip().toLowerCase(Locale.ROOT);
	}

}
