package org.kakehashi.search.engine;

import java.util.List;
import java.util.Map;

import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/** A small trilingual thesaurus and directory for the engine's tests. */
final class TestVocabulary {

	private TestVocabulary() {
	}

	static Thesaurus thesaurus() {
		return new Thesaurus(List.of(
				concept("advanced-therapy", "modality", List.of("Arzneimittel für neuartige Therapien", "ATMP"),
						List.of("advanced therapy medicinal product", "ATMP"), List.of("再生医療等製品")),
				concept("cell-therapy", "modality", List.of("Zelltherapie", "Zelltherapien"),
						List.of("cell therapy", "cell-based therapy"), List.of("細胞治療", "細胞療法"), "advanced-therapy"),
				concept("car-t", "modality", List.of("CAR-T-Zelltherapie", "CAR-T"),
						List.of("CAR-T cell therapy", "CAR-T"), List.of("CAR-T細胞療法", "CAR-T"), "cell-therapy"),
				concept("oncology", "therapeutic-area", List.of("Onkologie", "Krebs", "Tumor"),
						List.of("oncology", "cancer", "tumour", "tumor"), List.of("がん", "癌", "腫瘍")),
				concept("immunotherapy", "modality", List.of("Immuntherapie"), List.of("immunotherapy"),
						List.of("免疫療法")),
				concept("antibody", "modality", List.of("Antikörper", "monoklonaler Antikörper"),
						List.of("antibody", "monoclonal antibody", "mAb"), List.of("抗体", "抗体医薬")),
				concept("vaccine", "modality", List.of("Impfstoff", "Vakzin"), List.of("vaccine"), List.of("ワクチン")),
				concept("cro", "service", List.of("Auftragsforschung", "CRO"),
						List.of("contract research organisation", "CRO"), List.of("受託研究機関", "CRO")),
				concept("diagnostics", "technology", List.of("Diagnostik"), List.of("diagnostics"), List.of("診断"))));
	}

	private static Concept concept(String id, String group, List<String> de, List<String> en, List<String> ja,
			String... broader) {
		return new Concept(id, group, Map.of("de", de, "en", en, "ja", ja), List.of(broader));
	}

	static IndexedOrganization org(String id, String kind, String country, String cluster, String lang, String name,
			String description, List<String> topics, List<String> interests) {
		return new IndexedOrganization(id, kind, country, cluster, "small", Map.of(lang, name),
				Map.of(lang, description), topics, interests);
	}

	/** Six profiles, each described in one language only. */
	static List<IndexedOrganization> directory() {
		return List.of(org("de-cells", "company", "DE", "biom", "de", "Zellwerk GmbH",
				"Wir entwickeln autologe Zelltherapien für seltene Erkrankungen. Unser Labor liegt in Martinsried.",
				List.of(), List.of("licensing")),
				org("en-antibodies", "company", "GB", "medicon", "en", "Antibody Labs Ltd",
						"We engineer monoclonal antibodies for autoimmune diseases. Our platform is fast.", List.of(),
						List.of("co-development")),
				org("ja-vaccines", "company", "JP", "kobe", "ja", "ワクチン研究所株式会社", "当社は感染症のためのワクチンを開発しています。神戸に拠点があります。",
						List.of(), List.of("research-collaboration")),
				org("de-cro", "company", "DE", "biom", "de", "Prüflabor Nord GmbH",
						"Auftragsforschung für präklinische Studien und Bioanalytik.", List.of("cro"),
						List.of("contract-services")),
				org("ja-cart", "academia", "JP", "kobe", "ja", "京都再生医科学研究所", "CAR-T細胞療法による固形がんの治療法を研究しています。", List.of(),
						List.of("research-collaboration", "licensing")),
				org("en-diag", "hospital", "US", "medicon", "en", "Boston Diagnostics Center",
						"Companion diagnostics for cancer immunotherapy trials.", List.of("diagnostics"),
						List.of("co-development")));
	}

}
