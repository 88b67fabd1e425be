package org.kakehashi.search.engine;

/** Told how far a rebuild is; called from the rebuilding thread, so keep it quick. */
@FunctionalInterface
public interface ProgressListener {

	ProgressListener NONE = (done, total) -> {
	};

	/**
	 * @param done organisations indexed so far
	 * @param total organisations expected, or -1 when unknown
	 */
	void progress(long done, long total);

}
