package org.kakehashi.requests.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;
import org.springframework.stereotype.Component;

/**
 * Suggests organisations to introduce: the request's text (in any language) is mapped to
 * thesaurus concepts, which are compared with the organisations' topics and the topics'
 * broader concepts. A stop-gap until the search module's cross-lingual ranking is
 * available: it is the seam to replace ({@link #suggest}), the page and API only see
 * {@link Candidate}s.
 */
@Component
public class CandidateSuggestions {

	private final Thesaurus thesaurus = Thesaurus.loadDefault();

	private final DirectoryService directory;

	CandidateSuggestions(DirectoryService directory) {
		this.directory = directory;
	}

	/** An organisation worth introducing, with the concepts of the request it covers. */
	public record Candidate(Organization organization, List<String> concepts, int score) {
	}

	public List<Candidate> suggest(String text, String cluster, String excludedOrganization, int limit) {
		Set<String> wanted = concepts(text);
		if (wanted.isEmpty()) {
			return List.of();
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Organization org : directory.organizations(new OrganizationQuery(cluster, null, null, null, 0, 500))
			.items()) {
			if (!org.id().equals(excludedOrganization)) {
				Candidate c = score(org, wanted);
				if (c.score() > 0) {
					candidates.add(c);
				}
			}
		}
		return candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(c -> c.organization().id()))
			.limit(limit)
			.toList();
	}

	private Candidate score(Organization org, Set<String> wanted) {
		int score = 0;
		Set<String> hits = new LinkedHashSet<>();
		for (String topic : org.topics()) {
			if (wanted.contains(topic)) {
				score += 2;
				hits.add(topic);
			}
			for (String broader : thesaurus.concept(topic).map(Concept::broader).orElse(List.of())) {
				if (wanted.contains(broader)) {
					score += 1;
					hits.add(broader);
				}
			}
		}
		return new Candidate(org, List.copyOf(hits), score);
	}

	/**
	 * Concept ids whose labels occur in the text: CJK labels anywhere, others at a word
	 * start.
	 */
	Set<String> concepts(String text) {
		String normalized = " " + Thesaurus.normalize(text) + " ";
		Set<String> ids = new LinkedHashSet<>();
		for (String label : thesaurus.normalizedLabels()) {
			if (label.length() >= 2 && occurs(normalized, label)) {
				ids.addAll(thesaurus.conceptIdsForLabel(label));
			}
		}
		return ids;
	}

	private static boolean occurs(String text, String label) {
		boolean latin = label.codePoints().allMatch(c -> c < 0x2E80);
		if (!latin) {
			return text.contains(label);
		}
		int at = text.indexOf(label);
		while (at >= 0) {
			boolean startsWord = !Character.isLetterOrDigit(text.charAt(at - 1));
			int end = at + label.length();
			// German compounds ("Krebstherapie") start with a longer label; short ones
			// must stand alone
			boolean endsWord = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
					|| label.length() >= 5;
			if (startsWord && endsWord) {
				return true;
			}
			at = text.indexOf(label, at + 1);
		}
		return false;
	}

}
