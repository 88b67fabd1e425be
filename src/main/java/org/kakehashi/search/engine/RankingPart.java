package org.kakehashi.search.engine;

/**
 * Parts of the ranking that can be switched off one at a time, so that the benchmark can
 * say how much each adds ({@code docs/benchmarks.md}). Production always runs with all of
 * them.
 */
public enum RankingPart {

	/**
	 * A broad concept next to a specific one weighs a fifth ({@link BroadConcepts}).
	 */
	BROAD_CONCEPTS_WEIGH_LESS,

	/**
	 * Short abbreviations (ALS, CAR) match only when written in capitals ("als" is
	 * German).
	 */
	CASE_SENSITIVE_ABBREVIATIONS,

	/** No concept inside a generic word (Sucht in "gesucht"). */
	NO_CONCEPTS_IN_GENERIC_WORDS,

	/** Katakana labels of up to three kana only as whole words (no サル in コンサル). */
	SHORT_KATAKANA_WHOLE_WORDS,

	/**
	 * German coordinated compounds completed: "Zell- und Gentherapie" names cell therapy.
	 */
	HYPHEN_ELLIPSIS,

	/**
	 * A word of a multi-word label the query names ("base" of "base editing") only adds.
	 */
	LABEL_FRAGMENTS_ONLY_ADD

}
