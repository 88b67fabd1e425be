package org.kakehashi.demo;

import java.util.List;
import java.util.Map;

import org.kakehashi.directory.ClusterDraft;
import org.kakehashi.directory.Region;
import org.kakehashi.shared.LocalizedText;

/** The five cluster organisations of the seeds and their regions. */
final class DemoClusters {

	private DemoClusters() {
	}

	static List<Region> regions() {
		return List.of(new Region("bavaria", "DE", text("Bayern", "Bavaria", "バイエルン州"), "Europe/Berlin"),
				new Region("north-germany", "DE",
						text("Hamburg und Schleswig-Holstein", "Hamburg and Schleswig-Holstein",
								"ハンブルク州・シュレースヴィヒ＝ホルシュタイン州"),
						"Europe/Berlin"),
				new Region("kansai", "JP", text("Kansai (Osaka)", "Kansai (Osaka)", "関西（大阪）"), "Asia/Tokyo"),
				new Region("kawasaki", "JP", text("Kawasaki (Kanagawa)", "Kawasaki (Kanagawa)", "川崎市（神奈川県）"),
						"Asia/Tokyo"),
				new Region("kobe", "JP", text("Kobe (Hyogo)", "Kobe (Hyogo)", "神戸市（兵庫県）"), "Asia/Tokyo"));
	}

	static List<ClusterDraft> clusters() {
		return List.of(cluster("biom", "bavaria", "Martinsried/Planegg", "BioM Biotech Cluster Development GmbH",
				"BioM Biotech Cluster Development GmbH", "BioM（ミュンヘン・バイオテック・クラスター）",
				"Koordinator des Münchner und Bayerischen Biotech-Clusters; unterstützt die bayerische Biotechnologie- und Pharmabranche mit einem ausgedehnten Netzwerk beim Aufbau neuer Geschäftskontakte.",
				"Coordinator of the Munich and Bavarian biotech cluster, supporting Bavaria's biotech and pharma industry with an extensive network for new business contacts.",
				"ミュンヘンおよびバイエルン州のバイオテック・クラスターのマネジメント組織。広範なネットワークでバイエルンのバイオ・製薬産業の新たなビジネス関係づくりを支援。",
				"https://www.bio-m.org"),
				cluster("obhq", "kansai", "Osaka", "Osaka Bio Headquarters", "Osaka Bio Headquarters", "大阪バイオ・ヘッドクオーター",
						"Clustermanagement der Region Osaka/Kansai, stark in Neurowissenschaften, Krebsbehandlung und regenerativer Medizin, aufbauend auf einer langen Geschichte der Pharmaindustrie.",
						"Cluster management of the Osaka/Kansai region, strong in neuroscience, cancer treatment and regenerative medicine, building on a long history of the pharmaceutical industry.",
						"大阪・関西地域のバイオクラスター推進組織。長い製薬産業の歴史を基盤に、神経科学、がん治療、再生医療に強み。", null),
				cluster("kawasaki", "kawasaki", "Kawasaki (KING SKYFRONT)",
						"Stadt Kawasaki – Coastal Area International Strategy Headquarters",
						"City of Kawasaki – Coastal Area International Strategy Headquarters", "川崎市 臨海部国際戦略本部",
						"Die Stadt Kawasaki entwickelt in der Keihin-Industriezone den offenen Innovationsstandort KING SKYFRONT mit Forschungs- und Entwicklungseinrichtungen von Weltrang.",
						"The City of Kawasaki develops KING SKYFRONT in the Keihin industrial zone, an open innovation hub with world-class research and development institutions.",
						"川崎市は京浜臨海部において、世界トップレベルの研究開発機関が集積するオープンイノベーション拠点「キングスカイフロント」を推進。", null),
				cluster("lsn", "north-germany", "Hamburg", "Life Science Nord Management GmbH",
						"Life Science Nord Management GmbH", "ライフサイエンス・ノルト",
						"Clusterorganisation der Life-Science-Branche in Hamburg und Schleswig-Holstein.",
						"Cluster organisation of the life-science industry in Hamburg and Schleswig-Holstein.",
						"ハンブルク州とシュレースヴィヒ＝ホルシュタイン州のライフサイエンス産業クラスター組織。", null),
				cluster("fbri", "kobe", "Kobe", "Foundation for Biomedical Research and Innovation at Kobe (FBRI)",
						"Foundation for Biomedical Research and Innovation at Kobe (FBRI)", "公益財団法人神戸医療産業都市推進機構",
						"Trägerin des Kobe Biomedical Innovation Cluster auf Port Island, Kobe.",
						"Driving organisation of the Kobe Biomedical Innovation Cluster on Port Island, Kobe.",
						"神戸ポートアイランドの神戸医療産業都市（KBIC）の中核推進機関。", null));
	}

	private static ClusterDraft cluster(String id, String region, String city, String de, String en, String ja,
			String descDe, String descEn, String descJa, String website) {
		return new ClusterDraft(id, region, city, de, en, ja, descDe, descEn, descJa, website, 0);
	}

	static LocalizedText text(String de, String en, String ja) {
		return new LocalizedText(Map.of("de", de, "en", en, "ja", ja));
	}

}
