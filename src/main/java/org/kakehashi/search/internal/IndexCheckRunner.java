package org.kakehashi.search.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kakehashi.directory.DirectoryService;
import org.kakehashi.search.IndexCheck;
import org.kakehashi.search.PartnerSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compares the version of every document in the partner index with the directory and
 * re-indexes those that differ. Runs on the follower thread, which applies the log
 * between the reads: a document counts as missing, stale or left over only if it still
 * differs after the changes committed before the comparison were applied.
 */
@Component
class IndexCheckRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexCheckRunner.class);

	private final PartnerSearch search;

	private final DirectoryService directory;

	private final Clock clock;

	IndexCheckRunner(PartnerSearch search, DirectoryService directory, Clock clock) {
		this.search = search;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * @param follow applies the log up to now
	 */
	IndexCheck run(Runnable follow) {
		Map<String, Long> database = directory.organizationVersions();
		follow.run();
		Map<String, Long> index = search.indexedVersions();
		Set<String> suspects = new TreeSet<>();
		database.forEach((id, version) -> {
			if (!version.equals(index.get(id))) {
				suspects.add(id);
			}
		});
		index.keySet().stream().filter(id -> !database.containsKey(id)).forEach(suspects::add);
		// look again: a suspect may just have changed, its change on its way through the
		// log
		Map<String, Long> now = new HashMap<>();
		directory.organizations(suspects).forEach(o -> now.put(o.id(), o.version()));
		follow.run();
		Map<String, Long> indexNow = suspects.isEmpty() ? index : search.indexedVersions();
		int missing = 0;
		int stale = 0;
		int extra = 0;
		Set<String> repair = new TreeSet<>();
		for (String id : suspects) {
			Long current = now.get(id);
			Long indexed = indexNow.get(id);
			if (current == null && indexed != null) {
				extra++;
			}
			else if (current != null && indexed == null) {
				missing++;
			}
			else if (current != null && indexed < current) {
				stale++;
			}
			else {
				continue;
			}
			repair.add(id);
		}
		if (!repair.isEmpty()) {
			search.reindex(repair);
			log.warn("Search index check re-indexed {} documents ({} missing, {} stale, {} left over), e.g. {}",
					repair.size(), missing, stale, extra, repair.stream().limit(10).toList());
		}
		boolean thesaurusCurrent = search.analysedWithCurrentThesaurus();
		if (!thesaurusCurrent) {
			log.warn("Search index was analysed with another thesaurus; rebuilding");
			search.startRebuild();
		}
		return new IndexCheck(clock.instant(), database.size(), index.size(), missing, stale, extra, thesaurusCurrent);
	}

}
