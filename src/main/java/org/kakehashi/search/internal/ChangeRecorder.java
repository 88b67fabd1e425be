package org.kakehashi.search.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.kakehashi.directory.OrganizationChanged;
import org.kakehashi.directory.OrganizationsImported;
import org.kakehashi.search.internal.SearchChangeLog.Kind;
import org.kakehashi.thesaurus.ThesaurusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes every change the partner index depends on into the search change log, in the
 * transaction that makes the change: these listeners run synchronously where the
 * directory and the thesaurus publish their events, so the entry commits or rolls back
 * with the change. After the commit this instance's follower is woken, so a change made
 * here is searchable here at once; other instances find it when they next read the log.
 */
@Component
class ChangeRecorder {

	private final SearchChangeLog log;

	private final IndexFollower follower;

	private final Clock clock;

	ChangeRecorder(SearchChangeLog log, IndexFollower follower, Clock clock) {
		this.log = log;
		this.follower = follower;
		this.clock = clock;
	}

	@EventListener
	void on(OrganizationChanged event) {
		record(Kind.ORGANIZATION, List.of(event.id()));
	}

	@EventListener
	void on(OrganizationsImported event) {
		record(Kind.ORGANIZATION, event.ids());
	}

	/** New synonyms change analysis and concept extraction: every document anew. */
	@EventListener
	void on(ThesaurusChanged event) {
		record(Kind.THESAURUS, List.of("vocabulary"));
	}

	private void record(Kind kind, Collection<String> refs) {
		if (refs.isEmpty()) {
			return;
		}
		log.append(kind, refs, clock.instant());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					follower.wake();
				}
			});
		}
		else {
			follower.wake();
		}
	}

}
