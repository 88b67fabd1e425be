package org.kakehashi.search.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * Turns an {@link IndexedOrganization} into a Lucene document: per-language text, the
 * concepts its topics and texts name in any language (with their broader concepts), facet
 * and filter values, and what results and suggestions have to show.
 */
final class OrganizationDocuments {

	/** One untokenized value per mention; frequencies and norms kept for BM25. */
	private static final FieldType MENTIONS = new FieldType();

	static {
		MENTIONS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		MENTIONS.setTokenized(false);
		MENTIONS.setOmitNorms(false);
		MENTIONS.freeze();
	}

	private final Thesaurus thesaurus;

	private final ConceptExtractor extractor;

	OrganizationDocuments(Thesaurus thesaurus, ConceptExtractor extractor) {
		this.thesaurus = thesaurus;
		this.extractor = extractor;
	}

	/**
	 * The concepts of a profile: core ones (topics, name), all named ones, their broader
	 * ones, and every mention in order (topics and names count twice), so that BM25 over
	 * mentions prefers profiles focused on a concept to those that name it in passing.
	 */
	record ProfileConcepts(Set<String> core, Set<String> named, Set<String> broader, List<String> mentions) {
	}

	ProfileConcepts concepts(IndexedOrganization org) {
		Set<String> core = new LinkedHashSet<>();
		Set<String> named = new LinkedHashSet<>();
		List<String> mentions = new ArrayList<>();
		for (String topic : org.topics()) {
			if (thesaurus.concept(topic).isPresent()) {
				core.add(topic);
			}
			else {
				core.addAll(extractor.conceptIds(topic));
			}
		}
		org.names().values().forEach(n -> core.addAll(extractor.conceptIds(n)));
		mentions.addAll(core);
		mentions.addAll(core);
		named.addAll(core);
		Set<String> implied = new LinkedHashSet<>();
		org.descriptions().values().forEach(d -> extractor.extract(d).forEach(m -> {
			// "がん" inside "がん免疫療法" is implied rather than named: it ranks like a broader
			// concept
			(m.exact() ? named : implied).add(m.conceptId());
			mentions.add(m.conceptId());
		}));
		Set<String> broader = new LinkedHashSet<>();
		implied.stream().filter(c -> !named.contains(c)).forEach(broader::add);
		Deque<String> todo = new ArrayDeque<>(named);
		while (!todo.isEmpty()) {
			thesaurus.concept(todo.pop()).map(Concept::broader).ifPresent(parents -> parents.forEach(p -> {
				if (!named.contains(p) && broader.add(p)) {
					todo.push(p);
				}
			}));
		}
		return new ProfileConcepts(core, named, broader, mentions);
	}

	Document toDocument(IndexedOrganization org) {
		Document doc = new Document();
		doc.add(new KeywordField(IndexFields.ID, org.id(), Field.Store.YES));
		doc.add(new KeywordField(IndexFields.KIND, org.kind(), Field.Store.YES));
		doc.add(new NumericDocValuesField(IndexFields.VERSION, org.version()));
		addKeyword(doc, IndexFields.COUNTRY, org.country());
		addKeyword(doc, IndexFields.CLUSTER, org.cluster());
		addKeyword(doc, IndexFields.SIZE, org.size());
		org.interests().forEach(i -> doc.add(new KeywordField(IndexFields.INTEREST, i, Field.Store.YES)));
		org.topics().forEach(t -> doc.add(new KeywordField(IndexFields.TOPIC, t, Field.Store.NO)));
		for (String topic : org.topics()) {
			if (thesaurus.concept(topic).isEmpty()) {
				doc.add(new TextField(IndexFields.KEYWORDS, topic, Field.Store.NO));
			}
		}
		ProfileConcepts concepts = concepts(org);
		concepts.core().forEach(c -> doc.add(new StringField(IndexFields.CORE_CONCEPT, c, Field.Store.YES)));
		concepts.named().forEach(c -> doc.add(new StringField(IndexFields.CONCEPT, c, Field.Store.YES)));
		concepts.broader().forEach(c -> doc.add(new StringField(IndexFields.BROADER_CONCEPT, c, Field.Store.YES)));
		concepts.mentions().forEach(c -> doc.add(new Field(IndexFields.CONCEPT_MENTIONS, c, MENTIONS)));
		for (Map.Entry<String, String> name : org.names().entrySet()) {
			doc.add(new StoredField(IndexFields.name(name.getKey()), name.getValue()));
		}
		for (Map.Entry<String, String> d : org.descriptions().entrySet()) {
			doc.add(new StoredField(IndexFields.description(d.getKey()), d.getValue()));
		}
		loanwordKeys(org)
			.forEach((field, keys) -> keys.forEach(k -> doc.add(new StringField(field, k, Field.Store.NO))));
		for (String lang : Languages.ALL) {
			String text = (org.names().getOrDefault(lang, "") + "\n" + org.descriptions().getOrDefault(lang, "")
					+ (lang.equals(Languages.EN) ? otherLanguages(org) : ""))
				.strip();
			if (!text.isEmpty()) {
				doc.add(new TextField(IndexFields.text(lang), text, Field.Store.NO));
			}
		}
		return doc;
	}

	/**
	 * The distinct loanword keys of the names and descriptions: katakana words for
	 * queries in English or German; Latin words for queries in katakana, and in English
	 * and Japanese texts also adjacent pairs of them ("drug delivery", ドラッグデリバリー). German
	 * pronunciation only for German texts (Allergie アレルギー).
	 */
	static Map<String, Set<String>> loanwordKeys(IndexedOrganization org) {
		Set<String> kana = new LinkedHashSet<>();
		Set<String> latin = new LinkedHashSet<>();
		Map<String, String> texts = new LinkedHashMap<>();
		org.names().forEach((lang, n) -> texts.merge(lang, n, (a, b) -> a + "\n" + b));
		org.descriptions().forEach((lang, d) -> texts.merge(lang, d, (a, b) -> a + "\n" + b));
		texts.forEach((lang, text) -> {
			boolean german = lang.equals(Languages.DE);
			for (Loanwords.Run run : Loanwords.katakanaRuns(text)) {
				String key = Loanwords.kanaKey(run.text());
				if (key != null) {
					kana.add(key);
				}
			}
			String previous = null;
			for (TextUnits.Unit unit : TextUnits.split(text)) {
				String word = unit.cjk() ? null : unit.folded();
				if (word != null) {
					latin.addAll(german ? Loanwords.latinKeys(word) : Loanwords.englishKeys(word));
					if (previous != null && !german) {
						latin.addAll(Loanwords.englishKeys(previous + word));
					}
				}
				previous = word;
			}
		});
		return Map.of(IndexFields.LOAN_KANA, kana, IndexFields.LOAN_LATIN, latin);
	}

	/**
	 * Text in languages we have no analyzer for goes with English: names are mostly Latin
	 * script.
	 */
	private static String otherLanguages(IndexedOrganization org) {
		StringBuilder sb = new StringBuilder();
		org.names().forEach((lang, n) -> sb.append(Languages.ALL.contains(lang) ? "" : "\n" + n));
		org.descriptions().forEach((lang, d) -> sb.append(Languages.ALL.contains(lang) ? "" : "\n" + d));
		return sb.toString();
	}

	private static void addKeyword(Document doc, String field, String value) {
		if (value != null && !value.isBlank()) {
			doc.add(new KeywordField(field, value, Field.Store.YES));
		}
	}

}
