package org.kakehashi.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.thesaurus.Thesaurus;

class PartnerIndexTests {

	private PartnerIndex index;

	@BeforeEach
	void indexDirectory() throws IOException {
		index = PartnerIndex.open(IndexStorage.inMemory(), TestVocabulary.thesaurus());
		index.upsertAll(TestVocabulary.directory());
	}

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	private SearchResults search(String text, String lang) {
		return index.search(SearchQuery.of(text, lang, 10));
	}

	private List<String> ids(SearchResults results) {
		return results.hits().stream().map(SearchResults.Hit::id).toList();
	}

	@ParameterizedTest(name = "{0} query \"{1}\" finds {2}")
	@CsvSource({ "de, Antikörper gegen Autoimmunerkrankungen, en-antibodies", "de, Impfstoffe, ja-vaccines",
			"en, cell therapies, de-cells", "en, vaccine development, ja-vaccines", "ja, 細胞療法, de-cells",
			"ja, 抗体医薬の共同開発, en-antibodies" })
	void aQueryInOneLanguageFindsProfilesDescribedOnlyInAnother(String lang, String query, String expected) {
		assertThat(ids(search(query, lang))).first().isEqualTo(expected);
	}

	@Test
	void explainsMatchesWithLabelsInTheAskersLanguage() {
		SearchResults.Hit hit = search("細胞療法", "ja").hits().get(0);
		assertThat(hit.why()).extracting(SearchResults.MatchedConcept::label).containsExactly("細胞治療");
		SearchResults.Hit german = search("vaccines", "de").hits().get(0);
		assertThat(german.why()).extracting(SearchResults.MatchedConcept::label).containsExactly("Impfstoff");
	}

	@Test
	void givesTheNameInTheAskersLanguageOrFallsBack() {
		index.upsert(new IndexedOrganization("bi", "company", "DE", "biom", "large",
				Map.of("de", "Beispiel Impfstoffe AG", "en", "Example Vaccines plc"), Map.of(), List.of("vaccine"),
				List.of()));
		assertThat(names(search("vaccine", "de"))).contains("Beispiel Impfstoffe AG", "ワクチン研究所株式会社");
		assertThat(names(search("vaccine", "en"))).contains("Example Vaccines plc");
	}

	private List<String> names(SearchResults results) {
		return results.hits().stream().map(SearchResults.Hit::name).toList();
	}

	@Test
	void marksTheMatchInTheDescription() {
		SearchResults.Hit hit = search("がん", "ja").hits()
			.stream()
			.filter(h -> h.id().equals("en-diag"))
			.findFirst()
			.orElseThrow();
		assertThat(hit.highlights())
			.containsExactly("Companion diagnostics for <mark>cancer</mark> immunotherapy trials.");
	}

	@Test
	void marksConceptsInADescriptionInAnotherLanguage() {
		SearchResults.Hit hit = search("Impfstoff", "de").hits().get(0);
		assertThat(hit.id()).isEqualTo("ja-vaccines");
		assertThat(hit.highlights()).containsExactly("当社は感染症のための<mark>ワクチン</mark>を開発しています。");
	}

	@Test
	void escapesHtmlInHighlights() {
		index.upsert(TestVocabulary.org("x", "company", "DE", "biom", "en", "X",
				"Vaccines <script>alert(1)</script> & more.", List.of(), List.of()));
		SearchResults.Hit hit = search("vaccine", "en").hits()
			.stream()
			.filter(h -> h.id().equals("x"))
			.findFirst()
			.orElseThrow();
		assertThat(hit.highlights())
			.containsExactly("<mark>Vaccines</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.");
	}

	@ParameterizedTest(name = "\"{0}\" is taken as {1}")
	@CsvSource({ "Zelltherapie für Kinder, de", "cell therapy, en", "細胞療法, ja", "Antikörper, de", "antibodies, en" })
	void guessesTheLanguageOfAnUntaggedQuery(String query, String lang) {
		assertThat(index.search(SearchQuery.of(query, null, 10)).lang()).isEqualTo(lang);
	}

	@Test
	void broaderQueriesFindNarrowerProfiles() {
		assertThat(ids(search("Zelltherapie", "de"))).startsWith("de-cells").contains("ja-cart");
	}

	@Test
	void prefersTheCountryAndKindAQueryNames() {
		index.upsert(TestVocabulary.org("de-cro-2", "company", "DE", "biom", "de", "Studien Süd GmbH",
				"Auftragsforschung für Kunden in Japan und Europa.", List.of(), List.of()));
		index.upsert(TestVocabulary.org("ja-cro", "company", "JP", "kobe", "ja", "治験ラボ株式会社", "受託研究機関です。", List.of(),
				List.of()));
		index.upsert(TestVocabulary.org("ja-cro-uni", "academia", "JP", "kobe", "ja", "神戸大学 臨床研究センター", "大学の受託研究機関です。",
				List.of(), List.of()));
		assertThat(ids(search("CRO in Japan", "en")).subList(0, 2)).containsExactlyInAnyOrder("ja-cro", "ja-cro-uni");
		assertThat(ids(search("Auftragsforschung an einer Universität", "de"))).first().isEqualTo("ja-cro-uni");
	}

	@Test
	void filtersCombineWithTheQuery() {
		SearchQuery q = SearchQuery.of("cancer", "en", 10)
			.withFilters(SearchQuery.SearchFilters.NONE.withCountry("JP").withKind("academia"));
		assertThat(ids(index.search(q))).containsExactly("ja-cart");
		SearchQuery byInterest = SearchQuery.of("", "en", 10)
			.withFilters(SearchQuery.SearchFilters.NONE.withInterest("licensing"));
		assertThat(ids(index.search(byInterest))).containsExactlyInAnyOrder("de-cells", "ja-cart");
		SearchQuery byTopic = SearchQuery.of("", "en", 10).withFilters(SearchQuery.SearchFilters.NONE.withTopic("cro"));
		assertThat(ids(index.search(byTopic))).containsExactly("de-cro");
	}

	@Test
	void countsFacetsOverTheWholeResultSet() {
		SearchResults all = index.search(new SearchQuery("", "en", 1, 0, SearchQuery.SearchFilters.NONE, true));
		assertThat(all.total()).isEqualTo(6);
		assertThat(all.hits()).hasSize(1);
		assertThat(all.facets().get("country")).containsEntry("DE", 2).containsEntry("JP", 2);
		assertThat(all.facets().get("cluster")).containsEntry("biom", 2);
		assertThat(all.facets().get("interest")).containsEntry("research-collaboration", 2);
	}

	@Test
	void pagesThroughResults() {
		SearchResults second = index.search(new SearchQuery("", "en", 2, 2, SearchQuery.SearchFilters.NONE, false));
		assertThat(second.hits()).hasSize(2);
		assertThat(second.total()).isEqualTo(6);
	}

	@Test
	void findsWordsWithTypos() {
		assertThat(ids(search("antibdy", "en"))).first().isEqualTo("en-antibodies");
		assertThat(ids(search("autoimune", "en"))).first().isEqualTo("en-antibodies");
	}

	@Test
	void findsWordsTheThesaurusDoesNotKnow() {
		assertThat(ids(search("Martinsried", "de"))).containsExactly("de-cells");
	}

	@Test
	void aKatakanaLoanwordFindsTheEnglishProfileWithoutAConcept() {
		index.upsert(TestVocabulary.org("en-printing", "company", "GB", null, "en", "Tissue Print Ltd",
				"We offer bioprinting of skin models.", List.of(), List.of()));

		SearchResults results = search("バイオプリンティング", "ja");

		assertThat(ids(results)).containsExactly("en-printing");
		assertThat(results.hits().get(0).why()).extracting(SearchResults.MatchedConcept::label)
			.containsExactly("バイオプリンティング");
	}

	@Test
	void anEnglishWordFindsTheJapaneseLoanwordWithoutAConcept() {
		index.upsert(TestVocabulary.org("ja-needles", "company", "JP", null, "ja", "ニードル株式会社",
				"マイクロニードルパッチの受託製造を行っています。", List.of(), List.of()));

		assertThat(ids(search("microneedle patches", "en"))).first().isEqualTo("ja-needles");
	}

	@Test
	void everyHitHasAReasonInTheAskersWords() {
		SearchResults results = search("GmbH", "de");

		assertThat(ids(results)).containsExactlyInAnyOrder("de-cells", "de-cro");
		assertThat(results.hits()).allSatisfy(
				h -> assertThat(h.why()).extracting(SearchResults.MatchedConcept::label).containsExactly("GmbH"));
		assertThat(results.hits().get(0).why().get(0).isWord()).isTrue();
	}

	@Test
	void aWordInManyNamesFindsThoseOrganisationsInALargeDirectory() {
		List<IndexedOrganization> many = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			many.add(TestVocabulary.org("de-" + i, "company", "DE", null, "de",
					i % 3 == 0 ? "Firma " + i + " GmbH" : "Labor " + i, "Wir entwickeln Impfstoffe.", List.of(),
					List.of()));
		}
		index.upsertAll(many);

		SearchResults results = index.search(SearchQuery.of("GmbH", "de", 10));

		assertThat(results.total()).isEqualTo(202);
		assertThat(results.hits()).allSatisfy(h -> assertThat(h.name()).endsWith("GmbH"));
	}

	@Test
	void aGenericWordAloneDoesNotMakeAHit() {
		index.upsert(TestVocabulary.org("ja-medical", "company", "JP", null, "ja", "メディカル株式会社", "医療機器の販売代理店です。",
				List.of(), List.of()));

		assertThat(ids(search("医療 ワクチン", "ja"))).containsExactly("ja-vaccines");
		assertThat(ids(search("医療", "ja"))).contains("ja-medical");
	}

	@Test
	void aGermanCompoundTheThesaurusLacksFindsEnglishCognates() {
		index.upsert(TestVocabulary.org("en-fermentation", "company", "NL", null, "en", "Dairy Cultures BV",
				"We run precision fermentation of milk proteins.", List.of(), List.of()));
		index.upsert(TestVocabulary.org("en-cytometry", "service", "GB", null, "en", "Cell Counts Ltd",
				"Cytometry core for immunology labs.", List.of(), List.of()));

		assertThat(ids(search("Präzisionsfermentation", "de"))).first().isEqualTo("en-fermentation");
		assertThat(ids(search("Zytometrie", "de"))).first().isEqualTo("en-cytometry");
	}

	@Test
	void aConceptNamedOnlyInsideALongerLabelIsNoMatchUnlessItIsBroader() {
		// "Zelltherapie" inside "CAR-T-Zelltherapie" is broader than CAR-T in the
		// thesaurus:
		// cell therapy profiles are a fair answer; the same would not hold for a word
		// that
		// merely sits inside a label
		assertThat(ids(search("CAR-T-Zelltherapie", "de"))).startsWith("ja-cart").contains("de-cells");
	}

	@Test
	void showsAnUpdateRightAway() {
		index.upsert(TestVocabulary.org("de-cells", "company", "DE", "biom", "de", "Zellwerk GmbH",
				"Wir entwickeln Impfstoffe.", List.of(), List.of()));
		assertThat(ids(search("Zelltherapie", "de"))).doesNotContain("de-cells");
		assertThat(ids(search("vaccine", "en"))).contains("de-cells");
		assertThat(index.size()).isEqualTo(6);
	}

	@Test
	void forgetsADeletedOrganisation() {
		index.delete("ja-vaccines");
		assertThat(ids(search("ワクチン", "ja"))).isEmpty();
		assertThat(index.size()).isEqualTo(5);
	}

	@Test
	void rebuildsInTheBackgroundAndReportsProgress() throws Exception {
		List<IndexedOrganization> source = new ArrayList<>(TestVocabulary.directory());
		IntStream.range(0, 1000)
			.forEach(i -> source.add(TestVocabulary.org("gen-" + i, "company", "DE", "biom", "en", "Org " + i,
					"We run diagnostics number " + i + ".", List.of(), List.of())));
		List<Long> progress = new CopyOnWriteArrayList<>();
		var done = index.rebuild(source.iterator(), source.size(), (n, total) -> progress.add(n));
		index.delete("de-cro"); // a change while rebuilding must survive the swap
		assertThat(done.get(20, TimeUnit.SECONDS)).isEqualTo(1006L);
		assertThat(progress).contains(1006L);
		assertThat(progress.size()).isGreaterThan(2);
		assertThat(index.size()).isEqualTo(1005);
		assertThat(ids(search("Auftragsforschung", "de"))).doesNotContain("de-cro");
		assertThat(ids(search("細胞療法", "ja"))).first().isEqualTo("de-cells");
	}

	@Test
	void keepsARebuiltIndexOnDiskAcrossRestarts(@TempDir Path dir) throws Exception {
		try (PartnerIndex disk = PartnerIndex.open(IndexStorage.onDisk(dir), TestVocabulary.thesaurus())) {
			disk.rebuild(TestVocabulary.directory().iterator(), 6, ProgressListener.NONE).get(20, TimeUnit.SECONDS);
			disk.upsert(TestVocabulary.org("late", "company", "JP", "kobe", "ja", "遅延株式会社", "抗体の会社です。", List.of(),
					List.of()));
		}
		try (PartnerIndex reopened = PartnerIndex.open(IndexStorage.onDisk(dir), TestVocabulary.thesaurus())) {
			assertThat(reopened.size()).isEqualTo(7);
			assertThat(reopened.search(SearchQuery.of("antibody", "en", 10)).hits()).extracting(SearchResults.Hit::id)
				.contains("late", "en-antibodies");
		}
		assertThat(dir.resolve("gen-1")).doesNotExist();
	}

	@Test
	void aCrashKeepsTheLastCommitWithWhatItStoredAndLosesOnlyWhatCameAfter(@TempDir Path dir) throws Exception {
		Path live = dir.resolve("live");
		Path afterCrash = dir.resolve("after-crash");
		try (PartnerIndex running = PartnerIndex.open(IndexStorage.onDisk(live), TestVocabulary.thesaurus())) {
			long[] position = { 0 };
			running.commitData(() -> Map.of("position", Long.toString(position[0])));
			running.upsertAll(TestVocabulary.directory());
			position[0] = 6;
			running.commit();
			running.upsert(TestVocabulary.org("late", "company", "JP", "kobe", "ja", "遅延株式会社", "抗体の会社です。", List.of(),
					List.of()));
			position[0] = 7;
			// what a kill -9 leaves on disk: the files as they are, without a further
			// commit
			copyWithoutLock(live, afterCrash);
		}

		try (PartnerIndex reopened = PartnerIndex.open(IndexStorage.onDisk(afterCrash), TestVocabulary.thesaurus())) {
			assertThat(reopened.committedData()).containsEntry("position", "6");
			assertThat(reopened.size()).isEqualTo(6);
			assertThat(reopened.analysedWith(TestVocabulary.thesaurus())).isTrue();
			assertThat(reopened.analysedWith(Thesaurus.loadDefault())).isFalse();
		}
	}

	private static void copyWithoutLock(Path from, Path to) throws IOException {
		try (var files = Files.walk(from)) {
			for (Path f : files.toList()) {
				Path target = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(target);
				}
				else if (!f.getFileName().toString().equals("write.lock")) {
					Files.copy(f, target);
				}
			}
		}
	}

	@Test
	void keepsTheDirectoryVersionOfEveryDocument() {
		index.upsert(new IndexedOrganization("versioned", "company", "DE", "biom", null, Map.of("de", "Versioniert AG"),
				Map.of(), List.of(), List.of(), 3));

		assertThat(index.versions()).containsEntry("versioned", 3L).containsEntry("de-cells", 0L).hasSize(7);
	}

	@Test
	void worksWithTheThesaurusThatShipsWithKakehashi() throws IOException {
		try (PartnerIndex shipped = PartnerIndex.open(IndexStorage.inMemory(), Thesaurus.loadDefault())) {
			shipped.upsertAll(TestVocabulary.directory());
			assertThat(shipped.search(SearchQuery.of("細胞療法", "ja", 10)).hits()).extracting(SearchResults.Hit::id)
				.contains("de-cells", "ja-cart");
		}
	}

	@Test
	void suggestsPartnersSharingConceptsWithComplementaryInterests() {
		index.upsert(TestVocabulary.org("ja-cells", "company", "JP", "kobe", "ja", "セルテック株式会社", "自家細胞療法の製造受託。",
				List.of(), List.of("licensing")));
		List<SuggestedPartner> partners = index.similarTo("de-cells", Set.of(), 5, "de");
		assertThat(partners).extracting(SuggestedPartner::id).first().isEqualTo("ja-cells");
		assertThat(partners.get(0).sharedConcepts()).extracting(SearchResults.MatchedConcept::label)
			.containsExactly("Zelltherapie");
		assertThat(partners.get(0).complementaryInterests()).containsExactly("licensing ↔ licensing");
		assertThat(index.similarTo("de-cells", Set.of("medicon"), 5)).isEmpty();
	}

}
