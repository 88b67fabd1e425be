package org.kakehashi.bench.directory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes N organisations in the import file format (docs/interfaces.md), deterministic per seed:
 * names and descriptions in German, English and Japanese (some in one or two languages only),
 * thesaurus topics, interests and one or two contacts, about 1.3 KB per line.
 */
final class OrganizationFile {

	static final List<String> CLUSTERS = List.of("bench-de-1", "bench-de-2", "bench-jp-1", "bench-jp-2");

	private static final String[] KINDS = { "company", "company", "company", "academia", "hospital", "investor" };

	private static final String[] INTERESTS = { "licensing", "co-development", "research-collaboration",
			"contract-services", "distribution", "market-entry", "investment" };

	private static final String[] SIZES = { "micro", "small", "medium", "large" };

	private OrganizationFile() {
	}

	static long write(Path file, int n, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		List<Concept> concepts = new ArrayList<>(Thesaurus.loadDefault().concepts());
		JsonMapper json = JsonMapper.builder().build();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < n; i++) {
				out.write(json.writeValueAsString(organization(i, random, concepts)));
				out.write('\n');
			}
		}
		return Files.size(file);
	}

	private static Map<String, Object> organization(int i, SplittableRandom r, List<Concept> concepts) {
		Concept a = concepts.get(r.nextInt(concepts.size()));
		Concept b = concepts.get(r.nextInt(concepts.size()));
		String cluster = CLUSTERS.get(r.nextInt(CLUSTERS.size()));
		boolean japanese = cluster.contains("-jp-");
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("id", "bench-%07d".formatted(i));
		o.put("kind", KINDS[r.nextInt(KINDS.length)]);
		o.put("country", japanese ? "JP" : "DE");
		o.put("city", japanese ? "Kobe" : "München");
		o.put("cluster", cluster);
		o.put("size", SIZES[r.nextInt(SIZES.length)]);
		o.put("name", texts(r, "Beispiel Bio " + i + " GmbH", "Example Bio " + i + " Ltd.", "サンプルバイオ" + i + "株式会社"));
		o.put("description", texts(r,
				"Wir entwickeln %s und %s für Patienten in Europa und Japan. Unser Team verbindet Forschung, klinische Entwicklung und Herstellung an einem Standort."
					.formatted(a.preferredLabel("de"), b.preferredLabel("de")),
				"We develop %s and %s for patients in Europe and Japan. Our team combines research, clinical development and manufacturing at one site."
					.formatted(a.preferredLabel("en"), b.preferredLabel("en")),
				"当社は欧州と日本の患者のために%sと%sを開発しています。研究、臨床開発、製造を一拠点で行っています。".formatted(a.preferredLabel("ja"),
						b.preferredLabel("ja"))));
		o.put("topics", a.id().equals(b.id()) ? List.of(a.id()) : List.of(a.id(), b.id()));
		o.put("interests", List.of(INTERESTS[r.nextInt(INTERESTS.length)]));
		o.put("website", "https://example.org/org/" + i);
		List<Map<String, String>> contacts = new ArrayList<>();
		for (int c = 0; c <= r.nextInt(2); c++) {
			contacts.add(Map.of("name", "Contact " + c + " of " + i, "email", "c" + c + "." + i + "@example.org", "role",
					"BD"));
		}
		o.put("contacts", contacts);
		return o;
	}

	/** All three languages for most, one or two for the rest (as real profiles are). */
	private static Map<String, String> texts(SplittableRandom r, String de, String en, String ja) {
		Map<String, String> t = new LinkedHashMap<>();
		int pick = r.nextInt(10);
		if (pick < 7 || pick == 7) {
			t.put("de", de);
		}
		if (pick < 7 || pick == 8) {
			t.put("en", en);
		}
		if (pick < 7 || pick == 9) {
			t.put("ja", ja);
		}
		return t;
	}

}
