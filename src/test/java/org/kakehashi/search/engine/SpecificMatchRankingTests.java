package org.kakehashi.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * A query is about its specific concept: a profile that shares only a broad concept or
 * one word of a multi-word label with it comes after, or not at all.
 */
class SpecificMatchRankingTests {

	private static Thesaurus vocabulary() {
		List<Concept> concepts = new ArrayList<>();
		concepts
			.add(new Concept("oncology", "therapeutic-area", Map.of("en", List.of("oncology", "tumour")), List.of()));
		for (int i = 0; i < BroadConcepts.MIN_NARROWER; i++) {
			concepts.add(new Concept("cancer-" + i, "therapeutic-area", Map.of("en", List.of("cancer kind " + i)),
					List.of("oncology")));
		}
		concepts.add(new Concept("spatial-omics", "technology", Map.of("en", List.of("spatial transcriptomics")),
				List.of()));
		concepts.add(new Concept("base-editing", "technology", Map.of("en", List.of("base editing")), List.of()));
		return new Thesaurus(concepts);
	}

	private static IndexedOrganization org(String id, String description) {
		return new IndexedOrganization(id, "company", "DE", null, null, Map.of("en", id), Map.of("en", description),
				List.of(), List.of());
	}

	private static List<String> ids(Set<RankingPart> without, String query) throws IOException {
		try (PartnerIndex index = PartnerIndex.openWithout(IndexStorage.inMemory(), vocabulary(), without)) {
			index.upsertAll(List.of(org("tumour-clinic", "A tumour clinic running oncology trials in tumour patients."),
					org("spatial-lab", "Spatial transcriptomics of tissue sections."),
					org("manuscripts", "Scientific editing of manuscripts."),
					org("editors", "Base editing to correct point mutations.")));
			return index.search(SearchQuery.of(query, "en", 10)).hits().stream().map(SearchResults.Hit::id).toList();
		}
	}

	@Test
	void aBroadConceptNextToASpecificOneWeighsLess() throws IOException {
		assertThat(ids(Set.of(), "spatial transcriptomics on tumour sections")).first().isEqualTo("spatial-lab");
		assertThat(ids(Set.of(RankingPart.BROAD_CONCEPTS_WEIGH_LESS), "spatial transcriptomics on tumour sections"))
			.first()
			.isEqualTo("tumour-clinic");
	}

	@Test
	void oneWordOfAMultiWordLabelMakesNoHit() throws IOException {
		assertThat(ids(Set.of(), "base editing")).containsExactly("editors");
		assertThat(ids(Set.of(RankingPart.LABEL_FRAGMENTS_ONLY_ADD), "base editing")).contains("editors",
				"manuscripts");
	}

}
