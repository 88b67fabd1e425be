package org.kakehashi.search.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * The cross-lingual partner index: organisations go in with {@link #upsert},
 * {@link #delete} and {@link #rebuild}; {@link #search} and {@link #similarTo} read.
 * Changes are visible to searches as soon as the call returns. Thread-safe; searches
 * never wait for writes.
 */
public final class PartnerIndex implements Closeable {

	private final IndexStorage storage;

	private final PartnerQueryPlanner.Weights weights;

	private final Set<RankingPart> without;

	private final Object writeLock = new Object();

	private final Semaphore searchSlots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

	/**
	 * What the thesaurus shapes: analysis, documents, ranking. Replaced when a rebuild
	 * uses a new one.
	 */
	private volatile Vocabulary vocabulary;

	private volatile IndexGeneration current;

	private boolean closed;

	/**
	 * What every commit stores besides the documents (e.g. the change-log position the
	 * documents reflect).
	 */
	private volatile Supplier<Map<String, String>> commitData = Map::of;

	/**
	 * Changes made while a rebuild runs, replayed onto the new generation before it goes
	 * live.
	 */
	private @Nullable Map<String, Optional<IndexedOrganization>> changedDuringRebuild;

	private record Vocabulary(Thesaurus thesaurus, String fingerprint, LanguageAnalyzers analyzers,
			OrganizationDocuments documents, PartnerSearcher searcher, PartnerSuggestions suggestions) {

		static Vocabulary of(Thesaurus thesaurus, PartnerQueryPlanner.Weights weights, Set<RankingPart> without) {
			LanguageAnalyzers analyzers = new LanguageAnalyzers(thesaurus);
			ConceptExtractor extractor = new ConceptExtractor(thesaurus, without);
			PartnerSearcher searcher = new PartnerSearcher(thesaurus,
					new PartnerQueryPlanner(thesaurus, extractor, analyzers, weights),
					new MatchHighlighter(extractor, analyzers));
			return new Vocabulary(thesaurus, ThesaurusFingerprint.of(thesaurus), analyzers,
					new OrganizationDocuments(thesaurus, extractor), searcher, new PartnerSuggestions(searcher));
		}

	}

	private PartnerIndex(IndexStorage storage, Thesaurus thesaurus, PartnerQueryPlanner.Weights weights)
			throws IOException {
		this(storage, thesaurus, weights, Set.of());
	}

	private PartnerIndex(IndexStorage storage, Thesaurus thesaurus, PartnerQueryPlanner.Weights weights,
			Set<RankingPart> without) throws IOException {
		this.storage = storage;
		this.without = Set.copyOf(without);
		this.weights = weights.without(without);
		this.vocabulary = Vocabulary.of(thesaurus, this.weights, this.without);
		long generation = storage.currentGeneration();
		this.current = new IndexGeneration(generation, storage.open(generation), vocabulary.analyzers().perField());
		if (current.writer.getDocStats().numDocs == 0 && current.thesaurus == null) {
			current.thesaurus = vocabulary.fingerprint(); // nothing in it was analysed
															// yet
		}
	}

	/**
	 * Opens the current generation in {@code storage}, e.g.
	 * {@code IndexStorage.onDisk(path)}.
	 */
	public static PartnerIndex open(IndexStorage storage, Thesaurus thesaurus) throws IOException {
		return new PartnerIndex(storage, thesaurus, PartnerQueryPlanner.Weights.DEFAULT);
	}

	/**
	 * The same index ranked by text alone (BM25 per language plus typo tolerance, no
	 * concept mapping): the baseline the evaluation compares cross-lingual ranking with.
	 */
	public static PartnerIndex openTextOnly(IndexStorage storage, Thesaurus thesaurus) throws IOException {
		return new PartnerIndex(storage, thesaurus, PartnerQueryPlanner.Weights.TEXT_ONLY);
	}

	/**
	 * The full ranking without the parts named, to measure what each adds (the
	 * benchmark's ablation); production uses {@link #open}.
	 */
	public static PartnerIndex openWithout(IndexStorage storage, Thesaurus thesaurus, Set<RankingPart> without)
			throws IOException {
		return new PartnerIndex(storage, thesaurus, PartnerQueryPlanner.Weights.DEFAULT, without);
	}

	/** Adds or replaces the organisation with {@code org.id()}. */
	public void upsert(IndexedOrganization org) {
		upsertAll(List.of(org));
	}

	/** Adds or replaces several organisations and makes them visible together. */
	public void upsertAll(Collection<IndexedOrganization> orgs) {
		write(g -> {
			for (IndexedOrganization org : orgs) {
				g.writer.updateDocument(new Term(IndexFields.ID, org.id()), vocabulary.documents().toDocument(org));
				if (changedDuringRebuild != null) {
					changedDuringRebuild.put(org.id(), Optional.of(org));
				}
			}
		});
	}

	/** Removes the organisation; unknown ids are ignored. */
	public void delete(String id) {
		write(g -> {
			g.writer.deleteDocuments(new Term(IndexFields.ID, id));
			if (changedDuringRebuild != null) {
				changedDuringRebuild.put(id, Optional.empty());
			}
		});
	}

	private interface Change {

		void apply(IndexGeneration g) throws IOException;

	}

	private void write(Change change) {
		try {
			synchronized (writeLock) {
				change.apply(current);
				current.searchers.maybeRefreshBlocking();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Builds a fresh index from {@code source} in the background and swaps it in when
	 * complete. Searches keep using the old index meanwhile; upserts and deletes made
	 * meanwhile are kept.
	 * @param expectedTotal how many organisations {@code source} holds, or -1 if unknown
	 * @return completes with the number of organisations indexed
	 * @throws IllegalStateException if a rebuild is already running
	 */
	public CompletableFuture<Long> rebuild(Iterator<IndexedOrganization> source, long expectedTotal,
			ProgressListener progress) {
		return rebuild(source, expectedTotal, progress, vocabulary.thesaurus());
	}

	/**
	 * A rebuild with another thesaurus (e.g. after administrators added synonyms): the
	 * new generation is analysed with it, and searches use it from the moment it is
	 * swapped in.
	 */
	public CompletableFuture<Long> rebuild(Iterator<IndexedOrganization> source, long expectedTotal,
			ProgressListener progress, Thesaurus thesaurus) {
		synchronized (writeLock) {
			if (changedDuringRebuild != null) {
				throw new IllegalStateException("a rebuild is already running");
			}
			changedDuringRebuild = new LinkedHashMap<>();
		}
		Vocabulary next = thesaurus == vocabulary.thesaurus() ? vocabulary : Vocabulary.of(thesaurus, weights, without);
		return IndexRebuild
			.start(fresh -> swapIn(fresh, next), storage, next.analyzers(), next.documents(), current.number + 1,
					source, expectedTotal, progress)
			.whenComplete((n, failure) -> {
				if (failure != null) {
					synchronized (writeLock) {
						changedDuringRebuild = null;
					}
				}
			});
	}

	/** The thesaurus searches use right now. */
	public Thesaurus thesaurus() {
		return vocabulary.thesaurus();
	}

	/** Called by the rebuild once the new generation holds the whole source. */
	private void swapIn(IndexGeneration fresh, Vocabulary next) throws IOException {
		IndexGeneration old;
		synchronized (writeLock) {
			if (closed) {
				throw new IllegalStateException("the index was closed while rebuilding");
			}
			for (Map.Entry<String, Optional<IndexedOrganization>> c : changedDuringRebuild.entrySet()) {
				Term id = new Term(IndexFields.ID, c.getKey());
				if (c.getValue().isPresent()) {
					fresh.writer.updateDocument(id, next.documents().toDocument(c.getValue().get()));
				}
				else {
					fresh.writer.deleteDocuments(id);
				}
			}
			fresh.thesaurus = next.fingerprint();
			fresh.commit(commitData.get());
			fresh.searchers.maybeRefreshBlocking();
			storage.markCurrent(fresh.number);
			old = current;
			vocabulary = next;
			current = fresh;
			changedDuringRebuild = null;
		}
		old.abandon();
		storage.discard(old.number);
	}

	public SearchResults search(SearchQuery query) {
		return admitted(() -> read(s -> vocabulary.searcher().search(s, query)));
	}

	/**
	 * Runs at most one search per processor at a time, first come first served. A search
	 * is a few milliseconds of pure CPU; when more run than there are cores (a web
	 * server's request threads), time-slicing makes every one of them slow and some very
	 * slow, while waiting in line keeps latency short and even.
	 */
	private <T> T admitted(Supplier<T> search) {
		searchSlots.acquireUninterruptibly();
		try {
			return search.get();
		}
		finally {
			searchSlots.release();
		}
	}

	/** Suggested partners for {@code orgId}, labelled in English. */
	public List<SuggestedPartner> similarTo(String orgId, Set<String> restrictToClusters, int limit) {
		return similarTo(orgId, restrictToClusters, limit, Languages.EN);
	}

	/**
	 * Organisations that share {@code orgId}'s concepts, best first, with the reasons.
	 * @param restrictToClusters only suggest members of these clusters; empty for any
	 * @param lang language of names and concept labels
	 */
	public List<SuggestedPartner> similarTo(String orgId, Set<String> restrictToClusters, int limit, String lang) {
		return admitted(() -> read(s -> vocabulary.suggestions().similarTo(s, orgId, restrictToClusters, limit, lang)));
	}

	/**
	 * Why the index cannot serve right now, or empty when it can: it answers a read and
	 * its writer has not failed (e.g. on a full disk, after which Lucene refuses every
	 * change).
	 */
	public Optional<String> problem() {
		IndexGeneration g = current;
		Throwable tragedy = g.writer.getTragicException();
		if (tragedy != null) {
			return Optional.of("index writer failed: " + tragedy);
		}
		if (!g.writer.isOpen()) {
			return Optional.of("index writer closed");
		}
		try {
			size();
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.of("index cannot be read: " + ex);
		}
	}

	/** Number of organisations searchable right now. */
	public int size() {
		return read(s -> s.getIndexReader().numDocs());
	}

	private interface Read<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	private <T> T read(Read<T> read) {
		while (true) {
			IndexGeneration g = current;
			IndexSearcher s;
			try {
				s = g.searchers.acquire();
			}
			catch (AlreadyClosedException ex) {
				continue; // a rebuild swapped generations just now; take the new one
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			try {
				return read.apply(s);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				try {
					g.searchers.release(s);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}

	/**
	 * Makes all changes durable, together with {@link #commitData}; near-real-time
	 * visibility does not need it.
	 */
	public void commit() {
		write(g -> g.commit(commitData.get()));
	}

	/**
	 * Sets what every later commit stores with the documents. The supplier is called
	 * under the write lock, so a value that only grows after the changes it describes
	 * were written never claims more than the commit holds.
	 */
	public void commitData(Supplier<Map<String, String>> data) {
		this.commitData = data;
	}

	/** The user data of the current generation's last commit: what it reflects. */
	public Map<String, String> committedData() {
		synchronized (writeLock) {
			Map<String, String> data = current.committedData();
			data.remove(IndexGeneration.THESAURUS_KEY);
			return data;
		}
	}

	/**
	 * Whether the documents were analysed with {@code thesaurus} (false when they were
	 * analysed with another one, or when that is unknown).
	 */
	public boolean analysedWith(Thesaurus thesaurus) {
		return ThesaurusFingerprint.of(thesaurus).equals(current.thesaurus);
	}

	/**
	 * The directory version of every organisation in the index, by id (for a consistency
	 * check against the directory).
	 */
	public Map<String, Long> versions() {
		return read(s -> {
			Map<String, Long> versions = new HashMap<>();
			for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
				LeafReader reader = leaf.reader();
				Bits live = reader.getLiveDocs();
				SortedSetDocValues ids = DocValues.getSortedSet(reader, IndexFields.ID);
				NumericDocValues numbers = DocValues.getNumeric(reader, IndexFields.VERSION);
				for (int doc = 0; doc < reader.maxDoc(); doc++) {
					if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
						continue;
					}
					String id = ids.lookupOrd(ids.nextOrd()).utf8ToString();
					versions.put(id, numbers.advanceExact(doc) ? numbers.longValue() : -1L);
				}
			}
			return versions;
		});
	}

	/** Commits and closes; a rebuild still running fails instead of swapping in. */
	@Override
	public void close() throws IOException {
		synchronized (writeLock) {
			if (!closed) {
				closed = true;
				current.close(commitData.get());
			}
		}
	}

}
