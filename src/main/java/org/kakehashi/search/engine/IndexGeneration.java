package org.kakehashi.search.engine;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * One generation of the index: its directory, the writer and the near-real-time
 * searchers.
 */
final class IndexGeneration implements Closeable {

	final long number;

	final Directory directory;

	final IndexWriter writer;

	final SearcherManager searchers;

	/** Key of the thesaurus fingerprint in the commit's user data. */
	static final String THESAURUS_KEY = "kakehashi.thesaurus";

	/**
	 * The fingerprint of the vocabulary this generation's documents were analysed with;
	 * null when unknown (an index written before fingerprints were stored).
	 */
	volatile @Nullable String thesaurus;

	IndexGeneration(long number, Directory directory, Analyzer analyzer) throws IOException {
		this.number = number;
		this.directory = directory;
		IndexWriterConfig config = new IndexWriterConfig(analyzer);
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		config.setRAMBufferSizeMB(64);
		this.writer = new IndexWriter(directory, config);
		this.thesaurus = committedData().get(THESAURUS_KEY);
		this.searchers = new SearcherManager(writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
				IndexSearcher searcher = new IndexSearcher(reader);
				// the query cache serialises concurrent searches on its policy's lock and
				// caches
				// per-query concept clauses that are rarely reused; searches are fast
				// without it
				searcher.setQueryCache(null);
				return searcher;
			}
		});
	}

	/** The user data of the last commit (or of the one about to be made). */
	Map<String, String> committedData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach(e -> data.put(e.getKey(), e.getValue()));
		}
		return data;
	}

	/**
	 * Commits what was written together with {@code data} and the thesaurus fingerprint.
	 */
	void commit(Map<String, String> data) throws IOException {
		Map<String, String> all = new HashMap<>(data);
		String t = thesaurus;
		if (t != null) {
			all.put(THESAURUS_KEY, t);
		}
		writer.setLiveCommitData(all.entrySet());
		writer.commit();
	}

	void close(Map<String, String> data) throws IOException {
		try (directory; writer; searchers) {
			commit(data);
		}
	}

	@Override
	public void close() throws IOException {
		close(committedData());
	}

	/** Closes without keeping anything: the generation is being thrown away. */
	void abandon() throws IOException {
		try (directory; searchers) {
			writer.rollback();
		}
	}

}
