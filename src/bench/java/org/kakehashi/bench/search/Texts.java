package org.kakehashi.bench.search;

import java.util.List;
import java.util.SplittableRandom;

import org.kakehashi.thesaurus.Concept;

/** Sentence templates and name parts for the synthetic directory. */
final class Texts {

	static final String[] FREE_KEYWORDS = { "Biofilm", "Wundheilung", "qPCR", "Point-of-Care", "Kryokonservierung",
			"Hydrogel", "Exosomen", "mikrofluidik", "蛍光イメージング", "ultrasound", "wearables", "Lab automation" };

	private static final String[] STEMS = { "Gen", "Cura", "Thera", "Bio", "Vita", "Immu", "Neuro", "Cardi", "Onco",
			"Zell", "Medi", "Phar", "Nova", "Helix", "Prote", "Syn", "Axo", "Lumi", "Kyo", "Sakura", "Nami", "Hoku",
			"Rhein", "Isar", "Elbe", "Main", "Alp", "Fuji", "Asa", "Tama" };

	private static final String[] ENDINGS = { "tec", "gen", "medix", "logic", "vance", "cyte", "plex", "nostics",
			"pharm", "bio", "sys", "tx", "ome", "ra", "lab" };

	private static final String[] JA_NAMES = { "バイオ", "ファーマ", "メディカル", "ジェネティクス", "セラピューティクス", "ラボ",
			"研究所", "製薬", "医科学" };

	private static final String[][] DE = {
			{ "Wir entwickeln %s für Patienten mit %s.", "Unser Schwerpunkt liegt auf %s und %s.",
					"Das Team arbeitet an %s im Bereich %s.", "Wir bieten %s für Kunden aus dem Bereich %s an." },
			{ "Gegründet wurde das Unternehmen im Jahr %d.", "Wir beschäftigen rund %d Mitarbeitende.",
					"Unser Labor umfasst %d Quadratmeter.", "Seit %d kooperieren wir mit Kliniken in ganz Europa." },
			{ "Wir suchen Partner in Japan für Lizenzierung und gemeinsame Entwicklung.",
					"Wir sind offen für Forschungskooperationen.", "Zu unseren Kunden zählen Pharmaunternehmen weltweit.",
					"Unsere Plattform ist patentiert und validiert." } };

	private static final String[][] EN = {
			{ "We develop %s for patients with %s.", "Our focus is %s and %s.", "The team works on %s in the field of %s.",
					"We offer %s to clients in %s." },
			{ "The company was founded in %d.", "We employ around %d people.", "Our laboratory covers %d square metres.",
					"Since %d we have worked with hospitals across Asia and Europe." },
			{ "We are looking for partners in Germany for licensing and co-development.",
					"We are open to research collaborations.", "Our clients include pharmaceutical companies worldwide.",
					"Our platform is patented and validated." } };

	private static final String[][] JA = {
			{ "当社は%sを%sの患者さん向けに開発しています。", "%sと%sに注力しています。", "%sの分野で%sの研究を行っています。",
					"%s分野のお客様に%sを提供しています。" },
			{ "当社は%d年に設立されました。", "従業員は約%d名です。", "研究施設の面積は%d平方メートルです。", "%d年から国内外の病院と連携しています。" },
			{ "ドイツでのライセンス契約や共同開発のパートナーを探しています。", "共同研究に前向きです。", "世界中の製薬企業と取引があります。",
					"当社のプラットフォームは特許を取得済みです。" } };

	String nameStem(SplittableRandom r) {
		return STEMS[r.nextInt(STEMS.length)] + ENDINGS[r.nextInt(ENDINGS.length)];
	}

	String name(String lang, String stem, String kind, SplittableRandom r) {
		return switch (lang) {
			case "de" -> stem + (kind.equals("academia") ? " Institut" : kind.equals("hospital") ? " Klinikum" : " GmbH");
			case "ja" -> "株式会社" + stem.toUpperCase().charAt(0) + JA_NAMES[r.nextInt(JA_NAMES.length)];
			default -> stem + (kind.equals("academia") ? " Institute" : " Ltd");
		};
	}

	String description(String lang, List<Concept> focus, String kind, SplittableRandom r) {
		String[][] t = switch (lang) {
			case "de" -> DE;
			case "ja" -> JA;
			default -> EN;
		};
		StringBuilder sb = new StringBuilder();
		String a = label(focus.get(0), lang, r);
		String b = label(focus.get(focus.size() - 1), lang, r);
		sb.append(String.format(t[0][r.nextInt(t[0].length)], a, b));
		if (focus.size() > 2) {
			sb.append(' ').append(String.format(t[0][r.nextInt(t[0].length)], label(focus.get(1), lang, r), a));
		}
		int sentences = 1 + r.nextInt(3);
		for (int i = 0; i < sentences; i++) {
			String[] group = t[1 + r.nextInt(2)];
			sb.append(lang.equals("ja") ? "" : " ")
				.append(String.format(group[r.nextInt(group.length)], 1990 + r.nextInt(35)));
		}
		return sb.toString();
	}

	private static String label(Concept c, String lang, SplittableRandom r) {
		List<String> labels = c.labels().getOrDefault(lang, List.of(c.preferredLabel(lang)));
		return labels.get(r.nextInt(labels.size()));
	}

}
