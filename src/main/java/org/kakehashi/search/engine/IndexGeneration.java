package org.kakehashi.search.engine;

import java.io.Closeable;
import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * One generation of the index: its directory, the writer and the near-real-time
 * searchers.
 */
final class IndexGeneration implements Closeable {

	final long number;

	final Directory directory;

	final IndexWriter writer;

	final SearcherManager searchers;

	IndexGeneration(long number, Directory directory, Analyzer analyzer) throws IOException {
		this.number = number;
		this.directory = directory;
		IndexWriterConfig config = new IndexWriterConfig(analyzer);
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		config.setRAMBufferSizeMB(64);
		this.writer = new IndexWriter(directory, config);
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

	@Override
	public void close() throws IOException {
		try (directory; writer; searchers) {
			writer.commit();
		}
	}

	/** Closes without keeping anything: the generation is being thrown away. */
	void abandon() throws IOException {
		try (directory; searchers) {
			writer.rollback();
		}
	}

}
