package org.kakehashi.search.engine;

import java.util.List;

/** Field names of the partner index, in one place so that indexing and querying agree. */
final class IndexFields {

	static final String ID = "id";

	static final String KIND = "kind";

	/** The directory's version of the profile (doc values only). */
	static final String VERSION = "version";

	static final String COUNTRY = "country";

	static final String CLUSTER = "cluster";

	static final String SIZE = "size";

	static final String INTEREST = "interest";

	static final String TOPIC = "topic";

	/** Concepts named in the profile or its topics. */
	static final String CONCEPT = "concept";

	/**
	 * Concepts the organisation declared as topics or carries in its name: its core
	 * focus.
	 */
	static final String CORE_CONCEPT = "concept_core";

	/** Broader concepts of {@link #CONCEPT}, for queries that ask more generally. */
	static final String BROADER_CONCEPT = "concept_broader";

	/**
	 * One value per mention of a concept, for BM25: focus counts, passing mentions less.
	 */
	static final String CONCEPT_MENTIONS = "concept_mentions";

	static final String KEYWORDS = "keywords";

	/**
	 * Loanword keys of the katakana words in names and descriptions ({@link Loanwords}).
	 */
	static final String LOAN_KANA = "loan_kana";

	/**
	 * Loanword keys of the Latin-script words (and adjacent pairs) in names and
	 * descriptions.
	 */
	static final String LOAN_LATIN = "loan_latin";

	/** Facet fields, in the order results report them. */
	static final List<String> FACETS = List.of(COUNTRY, KIND, CLUSTER, INTEREST, TOPIC);

	private IndexFields() {
	}

	static String text(String lang) {
		return "text_" + lang;
	}

	static String name(String lang) {
		return "name_" + lang;
	}

	static String description(String lang) {
		return "description_" + lang;
	}

}
