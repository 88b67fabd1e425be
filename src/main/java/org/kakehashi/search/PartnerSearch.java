package org.kakehashi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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

	/** Key of the change-log position in the index commit's user data. */
	static final String POSITION_KEY = "kakehashi.search.log-position";

	/**
	 * The change-log position the index reflects; set only after the changes up to it
	 * were written, so a commit never claims more than it holds.
	 */
	private volatile long appliedPosition = -1;

	/**
	 * False while the index is rebuilt because its position was unknown or pruned away:
	 * the old generation must not be committed with a position it does not reflect.
	 */
	private volatile boolean positionTrusted = true;

	PartnerSearch(SearchProperties properties, ThesaurusService thesaurus, DirectoryService directory,
			AgreementService agreements, Clock clock) throws IOException {
		this.index = PartnerIndex.open(IndexStorage.onDisk(properties.indexDir()), thesaurus.current());
		this.thesaurus = thesaurus;
		this.directory = directory;
		this.agreements = agreements;
		this.clock = clock;
		this.status = new AtomicReference<>(new RebuildStatus(false, 0, 0, null, null, null, index.size()));
		index.commitData(() -> !positionTrusted || appliedPosition < 0 ? index.committedData()
				: Map.of(POSITION_KEY, Long.toString(appliedPosition)));
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
		Set<String> gone = new HashSet<>(ids);
		List<IndexedOrganization> present = new ArrayList<>();
		for (List<String> chunk : chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
			for (Organization o : directory.organizations(chunk)) {
				present.add(indexed(o));
				gone.remove(o.id());
			}
		}
		gone.forEach(index::delete);
		index.upsertAll(present);
	}

	/** Keeps each {@code in (...)} list short enough for any database. */
	private static List<List<String>> chunks(List<String> ids) {
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 500) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
		}
		return chunks;
	}

	/**
	 * The change-log position stored with the index's last commit: every change up to it
	 * is in the index. Empty for a new index, or one written before positions were
	 * stored.
	 */
	public OptionalLong committedPosition() {
		String value = index.committedData().get(POSITION_KEY);
		return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
	}

	/**
	 * Records that the index holds every change up to {@code position}; the next commit
	 * stores it.
	 */
	public void applied(long position) {
		appliedPosition = position;
	}

	/**
	 * Rebuilds the whole index because the log cannot bring it up to date (a new index,
	 * or one whose position was pruned away); the changes after {@code position} are
	 * applied meanwhile, and the position is committed only with the rebuilt index.
	 */
	public void rebuildFrom(long position) {
		positionTrusted = false;
		appliedPosition = position;
		startRebuild();
	}

	/**
	 * Whether the index reflects a known change-log position (false until a fallback
	 * rebuild ends).
	 */
	public boolean followsLog() {
		return positionTrusted;
	}

	/**
	 * The thesaurus changed, maybe through another instance: reads it again and, if the
	 * index was analysed with another vocabulary, rebuilds it.
	 */
	public void thesaurusChanged() {
		thesaurus.refresh();
		if (!analysedWithCurrentThesaurus()) {
			startRebuild();
		}
	}

	/**
	 * Whether the index's documents were analysed with the thesaurus in use now (false
	 * after a crash in the middle of the rebuild that a change needed).
	 */
	public boolean analysedWithCurrentThesaurus() {
		return index.analysedWith(thesaurus.current());
	}

	/** The directory version of every organisation in the index, by id. */
	public Map<String, Long> indexedVersions() {
		return index.versions();
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
			if (!positionTrusted) {
				positionTrusted = true;
				index.commit(); // now the position describes the rebuilt index
			}
		}
		status.set(new RebuildStatus(false, failure == null ? total : status.get().done(), total, started,
				clock.instant(), failure == null ? null : String.valueOf(failure.getMessage()), index.size()));
		if (failure == null && !index.analysedWith(thesaurus.current())) {
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
				o.interests(), o.version());
	}

	/**
	 * Makes recent changes durable with the change-log position they reflect. Searches
	 * see changes at once; after a crash the changes since the last commit are read from
	 * the log again.
	 */
	@Scheduled(fixedDelayString = "${kakehashi.search.commit-interval:PT10S}")
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
