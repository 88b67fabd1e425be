package org.kakehashi.search.internal;

import java.util.List;

import org.kakehashi.directory.OrganizationChanged;
import org.kakehashi.directory.OrganizationRemoved;
import org.kakehashi.directory.OrganizationsImported;
import org.kakehashi.search.PartnerSearch;
import org.kakehashi.thesaurus.ThesaurusChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index following the directory: every committed change is indexed at once, and
 * at start-up a lost or new index is rebuilt in the background (start-up never waits for
 * it).
 */
@Component
class IndexFeeder {

	private final PartnerSearch search;

	IndexFeeder(PartnerSearch search) {
		this.search = search;
	}

	@ApplicationModuleListener
	void on(OrganizationChanged event) {
		search.reindex(List.of(event.id()));
	}

	@ApplicationModuleListener
	void on(OrganizationsImported event) {
		search.reindex(event.ids());
	}

	@ApplicationModuleListener
	void on(OrganizationRemoved event) {
		search.remove(event.id());
	}

	/**
	 * New synonyms change analysis and concept extraction, so every document is indexed
	 * anew.
	 */
	@ApplicationModuleListener
	void on(ThesaurusChanged event) {
		search.startRebuild();
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfBehind() {
		if (search.isBehindDirectory()) {
			search.startRebuild();
		}
	}

}
