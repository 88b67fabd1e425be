package org.kakehashi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.search.engine.IndexStorage;
import org.kakehashi.search.engine.IndexedOrganization;
import org.kakehashi.search.engine.PartnerIndex;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.search.engine.SearchResults;
import org.kakehashi.search.engine.SuggestedPartner;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.thesaurus.ThesaurusService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The search facade: searches and suggestions over the partner index, which it keeps
 * current ({@link #reindex}) and rebuilds in the background ({@link #startRebuild}).
 * Organisation profiles are public to signed-in users; contacts are never indexed.
 */
@Service
public class PartnerSearch {

	private static final Logger log = LoggerFactory.getLogger(PartnerSearch.class);

	private final PartnerIndex index;

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final Clock clock;

	private final ThesaurusService thesaurus;

	private final AtomicReference<RebuildStatus> status;

	PartnerSearch(SearchProperties properties, ThesaurusService thesaurus, DirectoryService directory,
			AgreementService agreements, Clock clock) throws IOException {
		this.index = PartnerIndex.open(IndexStorage.onDisk(properties.indexDir()), thesaurus.current());
		this.thesaurus = thesaurus;
		this.directory = directory;
		this.agreements = agreements;
		this.clock = clock;
		this.status = new AtomicReference<>(new RebuildStatus(false, 0, 0, null, null, null, index.size()));
	}

	public SearchResults search(SearchQuery query) {
		return index.search(query);
	}

	/**
	 * Suggested partners for an organisation: best matches among the members of its
	 * cluster's partner clusters (the other parties of its cluster's agreements), with
	 * the reasons.
	 */
	public List<SuggestedPartner> suggestionsFor(String organizationId, String lang, int limit) {
		Organization org = directory.organization(organizationId);
		Set<String> partners = org.clusterId() == null ? Set.of() : agreements.partnersOf(org.clusterId());
		if (partners.isEmpty()) {
			return List.of();
		}
		return index.similarTo(organizationId, partners, limit, lang);
	}

	/** Brings the index up to date for these organisations (removed ones are deleted). */
	public void reindex(Collection<String> ids) {
		List<IndexedOrganization> present = new java.util.ArrayList<>();
		for (String id : ids) {
			try {
				present.add(indexed(directory.organization(id)));
			}
			catch (NotFoundException ex) {
				index.delete(id);
			}
		}
		index.upsertAll(present);
	}

	public void remove(String id) {
		index.delete(id);
	}

	/**
	 * Starts a full rebuild in the background with the thesaurus in use now; false if one
	 * is already running (a rebuild that finishes with an outdated thesaurus starts
	 * another).
	 */
	public boolean startRebuild() {
		RebuildStatus before = status.get();
		if (before.running()) {
			return false;
		}
		long total = directory.organizationCount();
		Instant started = clock.instant();
		status.set(new RebuildStatus(true, 0, total, started, null, null, index.size()));
		Iterator<Organization> source = directory.allOrganizations();
		Iterator<IndexedOrganization> mapped = new Iterator<>() {

			@Override
			public boolean hasNext() {
				return source.hasNext();
			}

			@Override
			public IndexedOrganization next() {
				return indexed(source.next());
			}

		};
		try {
			index
				.rebuild(mapped, total,
						(done, all) -> status
							.set(new RebuildStatus(true, done, all, started, null, null, index.size())),
						thesaurus.current())
				.whenComplete((n, failure) -> finished(started, total, failure));
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private void finished(Instant started, long total, Throwable failure) {
		if (failure != null) {
			log.error("Search index rebuild failed", failure);
		}
		else {
			log.info("Search index rebuilt: {} organisations", index.size());
		}
		status.set(new RebuildStatus(false, failure == null ? total : status.get().done(), total, started,
				clock.instant(), failure == null ? null : String.valueOf(failure.getMessage()), index.size()));
		if (failure == null && index.thesaurus() != thesaurus.current()) {
			startRebuild(); // the thesaurus changed while this rebuild ran
		}
	}

	/**
	 * Whether searches use the thesaurus as it is now (false until the rebuild after a
	 * change ends).
	 */
	public boolean usesCurrentThesaurus() {
		return index.thesaurus() == thesaurus.current();
	}

	public RebuildStatus status() {
		RebuildStatus s = status.get();
		return s.running() ? s
				: new RebuildStatus(false, s.done(), s.total(), s.startedAt(), s.finishedAt(), s.error(), index.size());
	}

	/** Why searches cannot be answered right now, or empty when they can (readiness). */
	public Optional<String> problem() {
		return index.problem();
	}

	/** Organisations in the directory that the index does not hold yet (monitoring). */
	public long lag() {
		return Math.max(0, directory.organizationCount() - index.size());
	}

	/**
	 * Whether the index holds fewer organisations than the directory (e.g. a new or lost
	 * index).
	 */
	public boolean isBehindDirectory() {
		return index.size() < directory.organizationCount();
	}

	static IndexedOrganization indexed(Organization o) {
		return new IndexedOrganization(o.id(), o.kind().code(), o.country(), o.clusterId(),
				o.size() == null ? null : o.size().code(), o.names().values(), o.descriptions().values(), o.topics(),
				o.interests());
	}

	/**
	 * Makes recent changes durable. Searches see changes at once; a crash between commits
	 * would lose only index entries, which the start-up check rebuilds from the
	 * directory.
	 */
	@Scheduled(fixedDelayString = "${kakehashi.search.commit-interval:PT1M}")
	void commit() {
		index.commit();
	}

	@PreDestroy
	void close() {
		try {
			index.commit();
			index.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
