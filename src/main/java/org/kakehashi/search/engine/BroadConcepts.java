package org.kakehashi.search.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * Concepts too broad to weigh fully next to a specific one: sectors and kinds of
 * cooperation (the thesaurus' groups {@code industry} and {@code interest}) and concepts
 * with many narrower ones (oncology, manufacturing, clinical trials). "Spatial
 * transcriptomics on tumour sections" is about spatial transcriptomics; a profile that
 * shares only "tumour" with it comes after every profile on spatial transcriptomics.
 */
final class BroadConcepts {

	/** Groups that say what kind of organisation or cooperation, not what it is about. */
	private static final Set<String> GROUPS = Set.of("industry", "interest");

	/** The share of its usual weight a broad concept keeps next to a specific one. */
	static final float WEIGHT = 0.2f;

	/** A concept with at least this many narrower concepts (at any depth) is broad. */
	static final int MIN_NARROWER = 10;

	private final Set<String> broad = new HashSet<>();

	BroadConcepts(Thesaurus thesaurus) {
		Map<String, Set<String>> narrower = new HashMap<>();
		for (Concept c : thesaurus.concepts()) {
			for (String b : c.broader()) {
				narrower.computeIfAbsent(b, k -> new HashSet<>()).add(c.id());
			}
		}
		for (Concept c : thesaurus.concepts()) {
			if (GROUPS.contains(c.group()) || descendants(c.id(), narrower) >= MIN_NARROWER) {
				broad.add(c.id());
			}
		}
	}

	private static int descendants(String id, Map<String, Set<String>> narrower) {
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(List.of(id));
		while (!todo.isEmpty()) {
			for (String n : narrower.getOrDefault(todo.pop(), Set.of())) {
				if (seen.add(n)) {
					todo.push(n);
				}
			}
		}
		return seen.size();
	}

	boolean isBroad(String conceptId) {
		return broad.contains(conceptId);
	}

}
