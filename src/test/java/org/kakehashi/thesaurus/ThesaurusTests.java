package org.kakehashi.thesaurus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ThesaurusTests {

	static final Thesaurus THESAURUS = Thesaurus.loadDefault();

	static final List<String> LANGUAGES = List.of("de", "en", "ja");

	/** Search facets rely on these exact group names. */
	static final Map<String, Integer> MINIMUM_PER_GROUP = Map.of("therapeutic-area", 90, "modality", 60, "technology",
			120, "service", 60, "industry", 35, "interest", 30);

	/** The partnering interests of the organisation import contract. */
	static final List<String> INTEREST_IDS = List.of("licensing", "co-development", "research-collaboration",
			"contract-services", "distribution", "market-entry", "investment", "other");

	/**
	 * Normalized labels deliberately shared by several concepts because writers really
	 * use them for both. Empty for now: every label maps to exactly one concept, so a
	 * search hit on a synonym never has to guess.
	 */
	static final Map<String, Set<String>> ALLOWED_COLLISIONS = Map.of();

	@Test
	void loadsAtLeast450Concepts() {
		assertThat(THESAURUS.size()).isGreaterThanOrEqualTo(450);
	}

	@Test
	void everyConceptHasPreferredLabelsInGermanEnglishAndJapanese() {
		for (Concept c : THESAURUS.concepts()) {
			for (String lang : LANGUAGES) {
				assertThat(c.labels().get(lang)).as("%s labels in %s", c.id(), lang).isNotEmpty();
				assertThat(c.labels().get(lang)).as("%s labels in %s", c.id(), lang)
					.allSatisfy(l -> assertThat(Thesaurus.normalize(l)).isNotBlank());
			}
			assertThat(c.labels().keySet()).as(c.id()).containsExactlyInAnyOrderElementsOf(LANGUAGES);
		}
	}

	@Test
	void idsAreKebabCase() {
		assertThat(THESAURUS.concepts()).allSatisfy(c -> assertThat(c.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
	}

	@Test
	void groupsAreTheKnownOnesAndEachIsWellFilled() {
		Map<String, Integer> counts = new TreeMap<>();
		THESAURUS.concepts().forEach(c -> counts.merge(c.group(), 1, Integer::sum));
		assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(MINIMUM_PER_GROUP.keySet());
		MINIMUM_PER_GROUP.forEach((group, min) -> assertThat(counts.get(group)).as(group).isGreaterThanOrEqualTo(min));
	}

	@Test
	void theEightPartneringInterestsExist() {
		for (String id : INTEREST_IDS) {
			assertThat(THESAURUS.concept(id)).as(id)
				.hasValueSatisfying(c -> assertThat(c.group()).isEqualTo("interest"));
		}
	}

	@Test
	void broaderIdsExistAndFormNoCycle() {
		for (Concept c : THESAURUS.concepts()) {
			assertThat(c.broader()).as(c.id())
				.doesNotContain(c.id())
				.allSatisfy(b -> assertThat(THESAURUS.concept(b)).as(c.id() + " -> " + b).isPresent());
			assertThat(reachesItself(c.id())).as("cycle through %s", c.id()).isFalse();
		}
	}

	private boolean reachesItself(String start) {
		Set<String> seen = new HashSet<>();
		List<String> todo = new ArrayList<>(THESAURUS.concept(start).orElseThrow().broader());
		while (!todo.isEmpty()) {
			String id = todo.removeLast();
			if (id.equals(start)) {
				return true;
			}
			if (seen.add(id)) {
				THESAURUS.concept(id).ifPresent(c -> todo.addAll(c.broader()));
			}
		}
		return false;
	}

	@Test
	void labelsBelongToOneConceptUnlessDeliberatelyShared() {
		// checked across languages, because the lookup itself is language-blind
		Map<String, Set<String>> collisions = new TreeMap<>();
		for (String label : THESAURUS.normalizedLabels()) {
			Set<String> ids = THESAURUS.conceptIdsForLabel(label);
			if (ids.size() > 1) {
				collisions.put(label, new TreeSet<>(ids));
			}
		}
		assertThat(collisions).isEqualTo(new TreeMap<>(ALLOWED_COLLISIONS));
	}

	@Test
	void noConceptRepeatsALabelWithinOneLanguage() {
		for (Concept c : THESAURUS.concepts()) {
			c.labels()
				.forEach((lang, ls) -> assertThat(ls.stream().map(Thesaurus::normalize)).as("%s %s", c.id(), lang)
					.doesNotHaveDuplicates());
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Zelltherapie            | cell-therapy
			Zell-Therapie           | cell-therapy
			細胞療法                 | cell-therapy
			細胞治療                 | cell-therapy
			CAR-T                   | car-t-cell-therapy
			car t                   | car-t-cell-therapy
			ＡＤＣ                   | antibody-drug-conjugate
			Antikörper-Wirkstoff-Konjugat | antibody-drug-conjugate
			抗体医薬                 | antibody
			mAb                     | antibody
			Krebsimmuntherapie      | immuno-oncology
			tumour                  | oncology
			tumor                   | oncology
			癌                      | oncology
			ガン                     | oncology
			肺癌                     | lung-cancer
			Genschere               | crispr
			ゲノム編集               | gene-editing
			iPS細胞                  | ips-cells
			ｉＰＳ細胞                | ips-cells
			人工多能性幹細胞          | ips-cells
			再生医療                 | regenerative-medicine
			ｵﾙｶﾞﾉｲﾄﾞ                 | organoids
			KI                      | artificial-intelligence
			AI創薬                   | ai-drug-discovery
			NGS                     | ngs
			IVD                     | diagnostics
			Medizintechnik          | medtech
			contract research organization | cro
			Auftragsforschung       | cro
			治験                     | clinical-trials
			第Ⅰ相試験                | phase-1
			共同研究                 | research-collaboration
			Lizenzierung            | licensing
			海外展開                 | market-entry
			""")
	void resolvesRealWorldSpellings(String label, String id) {
		assertThat(THESAURUS.conceptIdsForLabel(label)).containsExactly(id);
	}

	@Test
	void preferredLabelFallsBackToEnglishThenId() {
		Concept c = THESAURUS.concept("cell-therapy").orElseThrow();
		assertThat(c.preferredLabel("ja")).isEqualTo("細胞治療");
		assertThat(c.preferredLabel("fr")).isEqualTo("cell therapy");
		assertThat(new Concept("x", "technology", Map.of(), List.of()).preferredLabel("de")).isEqualTo("x");
	}

	@Test
	void readToleratesMissingBroaderAndBlankLines() throws IOException {
		String jsonl = """
				{"id":"custom-thing","group":"technology","labels":{"en":["custom thing"]}}

				""";
		List<Concept> read = Thesaurus.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
		assertThat(read).singleElement().satisfies(c -> assertThat(c.broader()).isEmpty());
	}

	@Test
	void readReportsTheLineNumberOfABadLine() {
		String jsonl = "{\"id\":\"a\",\"group\":\"technology\",\"labels\":{},\"broader\":[]}\n{oops\n";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Thesaurus.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8))))
			.withMessageStartingWith("thesaurus line 2");
	}

	@Test
	void withConceptsAddsSynonymsToExistingConceptsKeepingThePreferredLabel() {
		Concept extra = new Concept("cell-therapy", "ignored-group",
				Map.of("de", List.of("Zelltherapie", "Zelltherapeutikum"), "en", List.of("cellular therapy")),
				List.of("regenerative-medicine"));

		Thesaurus merged = THESAURUS.withConcepts(List.of(extra));

		Concept c = merged.concept("cell-therapy").orElseThrow();
		assertThat(c.group()).isEqualTo("modality");
		assertThat(c.preferredLabel("de")).isEqualTo("Zelltherapie");
		assertThat(c.labels().get("de")).endsWith("Zelltherapeutikum").containsOnlyOnce("Zelltherapie");
		assertThat(c.labels().get("ja")).contains("細胞療法");
		assertThat(c.broader()).containsExactly("cell-and-gene-therapy", "regenerative-medicine");
		assertThat(merged.conceptIdsForLabel("cellular therapy")).containsExactly("cell-therapy");
		assertThat(merged.size()).isEqualTo(THESAURUS.size());
	}

	@Test
	void withConceptsAddsNewConceptsAndLeavesTheOriginalUnchanged() {
		Concept added = new Concept("spatial-proteomics", "technology", Map.of("de", List.of("räumliche Proteomik"),
				"en", List.of("spatial proteomics"), "ja", List.of("空間プロテオミクス")), List.of("proteomics"));

		Thesaurus merged = THESAURUS.withConcepts(List.of(added));

		assertThat(merged.size()).isEqualTo(THESAURUS.size() + 1);
		assertThat(merged.conceptIdsForLabel("空間プロテオミクス")).containsExactly("spatial-proteomics");
		assertThat(THESAURUS.concept("spatial-proteomics")).isEmpty();
		assertThat(THESAURUS.conceptIdsForLabel("spatial proteomics")).isEmpty();
	}

	@Test
	void withConceptsMergesRepeatedAdditionsForTheSameNewId() {
		Map<String, List<String>> first = new HashMap<>(Map.of("en", List.of("widget assay")));
		Thesaurus merged = THESAURUS.withConcepts(List.of(new Concept("widget-assay", "service", first, List.of()),
				new Concept("widget-assay", "service", Map.of("ja", List.of("ウィジェットアッセイ")), List.of())));

		assertThat(merged.concept("widget-assay"))
			.hasValueSatisfying(c -> assertThat(c.labels()).containsOnlyKeys("en", "ja"));
	}

	@Test
	void normalizeFoldsWidthCaseHyphensAndSpaces() {
		assertThat(Thesaurus.normalize("  ＣＡＲ－Ｔ  Cell/Therapy ")).isEqualTo("car t cell therapy");
		assertThat(Thesaurus.normalize("ﾌﾞﾚｲﾝ・ﾏｼﾝ")).isEqualTo("ブレイン マシン");
	}

}
