package org.kakehashi.exchange;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.exchange.internal.SubscriptionRepository;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's subscriptions for the weekly digest. Subscribing reveals nothing: the digest
 * only ever lists posts the reader may see.
 */
@Service
public class Subscriptions {

	private final SubscriptionRepository repository;

	private final DirectoryService directory;

	private final Clock clock;

	Subscriptions(SubscriptionRepository repository, DirectoryService directory, Clock clock) {
		this.repository = repository;
		this.directory = directory;
		this.clock = clock;
	}

	public List<Subscription> of(CurrentUser user) {
		return repository.findByUsername(user.username());
	}

	/**
	 * Subscribes to posts of {@code cluster} (null: any) of {@code kind} (null: any);
	 * false if already subscribed.
	 */
	@Transactional
	public boolean subscribe(CurrentUser user, @Nullable String cluster, @Nullable PostKind kind) {
		if (cluster != null) {
			directory.cluster(cluster);
		}
		return repository.insert(user.username(), cluster, kind, clock.instant());
	}

	@Transactional
	public void unsubscribe(CurrentUser user, long id) {
		if (repository.delete(user.username(), id) == 0) {
			throw new NotFoundException("subscription", String.valueOf(id));
		}
	}

}
