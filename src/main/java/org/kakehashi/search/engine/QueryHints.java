package org.kakehashi.search.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words in a query that say where, what kind of organisation or what kind of cooperation
 * the asker wants ("CRO in Japan", "Universität", "ライセンス"): they become gentle boosts on
 * the country, kind and interest fields rather than text to match, because "Japan" in a
 * German profile usually means the company seeks Japanese partners, not that it is one.
 */
final class QueryHints {

	/** A field value the query hints at. */
	record Hint(String field, String value) {
	}

	private static final Map<String, List<String>> COUNTRIES = Map.ofEntries(
			Map.entry("JP", List.of("japan", "japanisch", "japanese", "日本", "国内")),
			Map.entry("DE", List.of("deutschland", "germany", "german", "deutsch", "ドイツ")),
			Map.entry("AT", List.of("österreich", "austria", "austrian", "オーストリア")),
			Map.entry("CH", List.of("schweiz", "switzerland", "swiss", "スイス")),
			Map.entry("US", List.of("usa", "united states", "amerika", "american", "米国", "アメリカ")),
			Map.entry("GB", List.of("uk", "united kingdom", "britain", "british", "großbritannien", "英国", "イギリス")),
			Map.entry("FR", List.of("france", "frankreich", "french", "フランス")),
			Map.entry("KR", List.of("korea", "korean", "韓国")), Map.entry("CN", List.of("china", "chinese", "中国")),
			Map.entry("SG", List.of("singapore", "singapur", "シンガポール")),
			Map.entry("NL", List.of("netherlands", "niederlande", "dutch", "オランダ")));

	private static final Map<String, List<String>> KINDS = Map.of("academia",
			List.of("universität", "university", "hochschule", "institut", "institute", "大学", "研究所", "academic",
					"akademisch"),
			"hospital", List.of("klinik", "klinikum", "krankenhaus", "hospital", "病院", "uniklinik"), "investor",
			List.of("investor", "investoren", "venture capital", "risikokapital", "wagniskapital", "投資家", "ベンチャーキャピタル"),
			"cluster", List.of("cluster", "netzwerk", "network", "クラスター"));

	private static final Map<String, List<String>> INTERESTS = Map.of("licensing",
			List.of("lizenz", "lizenzierung", "licensing", "license", "licence", "ライセンス", "導出", "導入"), "co-development",
			List.of("co-development", "codevelopment", "co-entwicklung", "gemeinsame entwicklung", "共同開発"),
			"research-collaboration", List.of("forschungskooperation", "research collaboration", "共同研究"),
			"distribution", List.of("vertrieb", "distribution", "distributor", "販売代理店", "販売提携"), "market-entry",
			List.of("markteintritt", "market entry", "市場参入", "進出"), "investment",
			List.of("investment", "investition", "beteiligung", "funding", "finanzierung", "投資", "出資"));

	private final Map<String, Set<Hint>> byPhrase = new HashMap<>();

	private int maxUnits = 1;

	QueryHints() {
		add(IndexFields.COUNTRY, COUNTRIES);
		add(IndexFields.KIND, KINDS);
		add(IndexFields.INTEREST, INTERESTS);
	}

	private void add(String field, Map<String, List<String>> words) {
		words.forEach((value, phrases) -> phrases.forEach(phrase -> {
			List<TextUnits.Unit> units = TextUnits.split(phrase);
			byPhrase.computeIfAbsent(key(units, 0, units.size()), k -> new LinkedHashSet<>())
				.add(new Hint(field, value));
			maxUnits = Math.max(maxUnits, units.size());
		}));
	}

	/**
	 * The hints in {@code text}; Japanese phrases are found inside longer runs of
	 * characters.
	 */
	Set<Hint> in(String text) {
		List<TextUnits.Unit> units = TextUnits.split(text);
		Set<Hint> hints = new LinkedHashSet<>();
		for (int i = 0; i < units.size(); i++) {
			for (int n = Math.min(maxUnits, units.size() - i); n >= 1; n--) {
				Set<Hint> h = byPhrase.get(key(units, i, i + n));
				if (h != null) {
					hints.addAll(h);
					break;
				}
			}
		}
		return hints;
	}

	private static String key(List<TextUnits.Unit> units, int from, int to) {
		StringBuilder sb = new StringBuilder();
		for (int i = from; i < to; i++) {
			if (i > from && !(units.get(i).cjk() && units.get(i - 1).cjk())) {
				sb.append(' ');
			}
			sb.append(units.get(i).key());
		}
		return sb.toString();
	}

}
