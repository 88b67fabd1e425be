package org.kakehashi.search.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that say nothing about what an organisation does in a life-science directory
 * ("medical", "Entwicklung", 医療, "partner", 探して): in a query they only add to the score
 * of organisations that match otherwise, so that 医療 in 再生医療 or "Partner" in "Partner für
 * ADC" cannot make a hit on its own. A query made of nothing else still finds them.
 * Document frequency finds such words in a large directory; a small one needs this list.
 */
final class GenericWords {

	private static final Set<String> WORDS = Set.copyOf(List.of(
			// English
			"medical", "medicine", "medicines", "health", "healthcare", "company", "companies", "firm", "service",
			"services", "solution", "solutions", "technology", "technologies", "product", "products", "development",
			"research", "partner", "partners", "partnering", "support", "system", "systems", "platform", "platforms",
			"business", "global", "international", "innovative", "innovation", "provider", "providers", "need", "needs",
			"looking", "seeking", "search", "searching", "find", "help", "want", "wanted", "offer", "offering", "based",
			"new", "field", "area", "expert", "experts", "expertise", "specialist", "specialists", "life", "science",
			"sciences", "our", "us", "who", "can", "someone", "anyone",
			// German
			"medizin", "medizinisch", "medizinische", "medizinischen", "gesundheit", "unternehmen", "firma", "firmen",
			"dienstleistung", "dienstleistungen", "dienstleister", "anbieter", "lösung", "lösungen", "technologie",
			"technologien", "produkt", "produkte", "entwicklung", "forschung", "partnerin", "partnerschaft",
			"unterstützung", "systeme", "plattform", "suche", "suchen", "gesucht", "brauchen", "benötigen", "hilfe",
			"bereich", "bereichen", "experte", "experten", "spezialist", "spezialisten", "unser", "unsere", "unseren",
			"unseres", "jemand", "wer", "neue", "neuen", "angebot",
			// Japanese
			"医療", "健康", "企業", "会社", "事業", "サービス", "ソリューション", "技術", "製品", "開発", "研究", "パートナー", "支援", "提供", "探し", "探す",
			"探して", "相談", "分野", "領域", "関連", "向け", "手伝い", "手伝う", "欲しい", "ほしい", "必要", "当社", "弊社", "専門", "企業様", "システム",
			"プラットフォーム", "ビジネス", "したい", "できる", "いる"));

	private GenericWords() {
	}

	/** Whether the word as typed, or the term it was analysed to, is generic. */
	static boolean isGeneric(String word, String term) {
		return WORDS.contains(word.toLowerCase(Locale.ROOT)) || WORDS.contains(term);
	}

}
