package org.kakehashi.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.exchange.internal.WidgetLoads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "our partner regions" widget clusters embed in their websites, and the record of
 * where it was loaded, which shows the promotion commitment being kept.
 */
@Service
public class PartnerWidget {

	private final AgreementService agreements;

	private final DirectoryService directory;

	private final WidgetLoads loads;

	private final Clock clock;

	PartnerWidget(AgreementService agreements, DirectoryService directory, WidgetLoads loads, Clock clock) {
		this.agreements = agreements;
		this.directory = directory;
		this.loads = loads;
		this.clock = clock;
	}

	/** The partner clusters of {@code clusterId} (which must exist), by id. */
	public List<Cluster> partners(String clusterId) {
		directory.cluster(clusterId);
		return agreements.partnersOf(clusterId)
			.stream()
			.flatMap(id -> directory.clusters().stream().filter(c -> c.id().equals(id)))
			.toList();
	}

	/**
	 * Counts a load embedded on the referrer's site; loads without a usable referrer are
	 * not evidence.
	 */
	@Transactional
	public void recordLoad(String clusterId, @Nullable String referrer) {
		String origin = WidgetLoads.origin(referrer);
		if (origin != null) {
			loads.record(clusterId, origin, LocalDate.now(clock));
		}
	}

	/** Initials standing in for a logo, e.g. "BM" for BioM, "大阪" for a Japanese name. */
	public static String initials(String name) {
		String[] words = name.replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+");
		if (words.length == 0 || words[0].isEmpty()) {
			return "?";
		}
		// Japanese names have no spaces worth splitting on: their first two characters
		// read best.
		boolean latin = Character.UnicodeScript.of(words[0].codePointAt(0)) == Character.UnicodeScript.LATIN;
		if (words.length == 1 || !latin) {
			return words[0].codePoints()
				.limit(2)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString()
				.toUpperCase(java.util.Locale.ROOT);
		}
		return (words[0].substring(0, 1) + words[1].substring(0, 1)).toUpperCase(java.util.Locale.ROOT);
	}

}
