package org.kakehashi.search.engine;

import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;

/**
 * Fills a new index generation from a source on a background thread. Documents are built
 * by two workers because concept extraction and Kuromoji dominate the cost; the writer is
 * thread-safe.
 */
final class IndexRebuild {

	private static final int BATCH = 256;

	interface SwapIn {

		void swap(IndexGeneration fresh) throws IOException;

	}

	private IndexRebuild() {
	}

	static CompletableFuture<Long> start(SwapIn swapIn, IndexStorage storage, LanguageAnalyzers analyzers,
			OrganizationDocuments documents, long generation, Iterator<IndexedOrganization> source, long total,
			ProgressListener progress) {
		CompletableFuture<Long> result = new CompletableFuture<>();
		Thread.ofPlatform().daemon().name("partner-index-rebuild").start(() -> {
			IndexGeneration fresh = null;
			try {
				storage.discard(generation); // leftovers of a crashed rebuild
				Analyzer analyzer = analyzers.perField();
				fresh = new IndexGeneration(generation, storage.open(generation), analyzer);
				long done = fill(fresh, documents, source, total, progress);
				// one segment: every query clause is looked up per segment, so this
				// halves query cost
				fresh.writer.forceMerge(1);
				swapIn.swap(fresh);
				progress.progress(done, total);
				result.complete(done);
			}
			catch (Throwable ex) {
				if (fresh != null) {
					try {
						fresh.abandon();
						storage.discard(generation);
					}
					catch (IOException suppressed) {
						ex.addSuppressed(suppressed);
					}
				}
				result.completeExceptionally(ex);
			}
		});
		return result;
	}

	private static long fill(IndexGeneration fresh, OrganizationDocuments documents,
			Iterator<IndexedOrganization> source, long total, ProgressListener progress) throws Exception {
		AtomicLong done = new AtomicLong();
		try (ExecutorService workers = Executors.newFixedThreadPool(2)) {
			Future<?> pending = null;
			while (source.hasNext()) {
				IndexedOrganization[] batch = new IndexedOrganization[BATCH];
				int n = 0;
				while (n < BATCH && source.hasNext()) {
					batch[n++] = source.next();
				}
				int size = n;
				Future<?> next = workers.submit(() -> {
					for (int i = 0; i < size; i++) {
						Document doc = documents.toDocument(batch[i]);
						fresh.writer.updateDocument(new Term(IndexFields.ID, batch[i].id()), doc);
					}
					progress.progress(done.addAndGet(size), total);
					return null;
				});
				if (pending != null) {
					pending.get(); // at most two batches in flight: bounded memory, both
									// cores busy
				}
				pending = next;
			}
			if (pending != null) {
				pending.get();
			}
		}
		return done.get();
	}

}
