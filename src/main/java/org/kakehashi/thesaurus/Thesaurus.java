package org.kakehashi.thesaurus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in vocabulary, loaded from {@code thesaurus/concepts.jsonl} on the class
 * path: one concept per line,
 * {@code {"id":..,"group":..,"labels":{"de":[..],"en":[..],"ja":[..]},"broader":[..]}}.
 * Immutable and thread-safe; plain Java so that search ranking can use it without Spring.
 */
public final class Thesaurus {

	public static final String DEFAULT_RESOURCE = "/thesaurus/concepts.jsonl";

	private final Map<String, Concept> byId;

	private final Map<String, Set<String>> idsByLabel;

	public Thesaurus(Collection<Concept> concepts) {
		Map<String, Concept> ids = new LinkedHashMap<>();
		Map<String, Set<String>> labels = new LinkedHashMap<>();
		for (Concept c : concepts) {
			if (ids.put(c.id(), c) != null) {
				throw new IllegalArgumentException("duplicate concept id: " + c.id());
			}
			for (List<String> ls : c.labels().values()) {
				for (String l : ls) {
					String key = normalize(l);
					// a label of only punctuation would otherwise match every empty query
					if (!key.isEmpty()) {
						labels.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.id());
					}
				}
			}
		}
		this.byId = Collections.unmodifiableMap(ids);
		labels.replaceAll((k, v) -> Set.copyOf(v));
		this.idsByLabel = Collections.unmodifiableMap(labels);
	}

	/** Loads the vocabulary that ships with Kakehashi. */
	public static Thesaurus loadDefault() {
		try (InputStream in = Thesaurus.class.getResourceAsStream(DEFAULT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
			}
			return new Thesaurus(read(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads concepts in the JSON Lines format above; blank lines are skipped. */
	public static List<Concept> read(InputStream in) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Concept> concepts = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				concepts.add(json.readValue(line, Concept.class));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("thesaurus line " + number + ": " + ex.getMessage(), ex);
			}
		}
		return concepts;
	}

	/**
	 * The form labels are compared in: Unicode NFKC (full-width to half-width, half-width
	 * katakana to full-width), lower case, single spaces, hyphens and slashes as spaces.
	 */
	public static String normalize(String text) {
		String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return n.replaceAll("[\\-‐‑–—/・]+", " ").replaceAll("\\s+", " ").strip();
	}

	/**
	 * A new thesaurus with {@code additions} merged in, e.g. an administrator's own
	 * synonyms. A concept with a new id is added as it is. For an existing id, the
	 * additional labels are appended after the existing ones of the same language (so
	 * preferred labels stay put unless a language had none), duplicates by
	 * {@link #normalize} are dropped, broader ids are united, and the existing group is
	 * kept. This thesaurus is left unchanged.
	 */
	public Thesaurus withConcepts(Collection<Concept> additions) {
		Map<String, Concept> merged = new LinkedHashMap<>(this.byId);
		for (Concept add : additions) {
			merged.merge(add.id(), add, Thesaurus::merge);
		}
		return new Thesaurus(merged.values());
	}

	private static Concept merge(Concept existing, Concept addition) {
		Map<String, List<String>> labels = new LinkedHashMap<>();
		existing.labels().forEach((lang, ls) -> labels.put(lang, new ArrayList<>(ls)));
		addition.labels().forEach((lang, ls) -> {
			List<String> target = labels.computeIfAbsent(lang, k -> new ArrayList<>());
			Set<String> known = new LinkedHashSet<>();
			target.forEach(l -> known.add(normalize(l)));
			for (String l : ls) {
				if (known.add(normalize(l))) {
					target.add(l);
				}
			}
		});
		Set<String> broader = new LinkedHashSet<>(existing.broader());
		broader.addAll(addition.broader());
		return new Concept(existing.id(), existing.group(), labels, List.copyOf(broader));
	}

	public Collection<Concept> concepts() {
		return byId.values();
	}

	public Optional<Concept> concept(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/**
	 * Ids of the concepts that have {@code label} (in any language) as a label or
	 * synonym.
	 */
	public Set<String> conceptIdsForLabel(String label) {
		return idsByLabel.getOrDefault(normalize(label), Set.of());
	}

	/**
	 * Every normalized label known, for dictionary-based matching (e.g. compound
	 * splitting).
	 */
	public Set<String> normalizedLabels() {
		return idsByLabel.keySet();
	}

	public int size() {
		return byId.size();
	}

}
