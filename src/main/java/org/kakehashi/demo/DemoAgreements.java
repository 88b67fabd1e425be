package org.kakehashi.demo;

import static org.kakehashi.demo.DemoClusters.text;

import java.time.LocalDate;
import java.util.List;

import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementKind;
import org.kakehashi.agreements.Commitment;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.agreements.CommitmentRule;
import org.kakehashi.agreements.DatePrecision;
import org.kakehashi.agreements.Signatory;
import org.kakehashi.agreements.Signatory.Capacity;

/**
 * The three partnerships of the seeds with their renewal history, as the press releases
 * tell it. Dates known only to the month or year are recorded with that precision.
 */
final class DemoAgreements {

	private DemoAgreements() {
	}

	static List<Agreement> all() {
		return List.of(biomOsaka2011(), biomOsaka2015(), biomOsaka2022(), biomKawasaki2017(), biomKawasaki2020(),
				lsnKobe2016());
	}

	private static Agreement biomOsaka2011() {
		return new Agreement("biom-obhq-2011", AgreementKind.COOPERATION_AGREEMENT,
				text("Partnerschaft BioM – Osaka Bio Headquarters", "BioM – Osaka Bio Headquarters partnership",
						"BioM・大阪バイオ・ヘッドクオーター パートナーシップ"),
				text("Beginn der Partnerschaft der Biotech-Cluster München und Osaka.",
						"Start of the partnership between the Munich and Osaka biotech clusters.",
						"ミュンヘンと大阪のバイオクラスター間のパートナーシップの開始。"),
				LocalDate.of(2011, 1, 1), DatePrecision.YEAR, null, null, LocalDate.of(2011, 1, 1), null, null, null,
				List.of("biom", "obhq"), List.of(), osakaCommitments(), 0);
	}

	private static Agreement biomOsaka2015() {
		return new Agreement("biom-obhq-2015", AgreementKind.COOPERATION_AGREEMENT,
				text("Erweiterte Kooperationsvereinbarung BioM – Osaka Bio Headquarters",
						"Extended cooperation agreement BioM – Osaka Bio Headquarters", "BioM・大阪バイオ・ヘッドクオーター 協力協定（拡充）"),
				text("Auf der BIO-Europe in München unterzeichnet; erweitert und intensiviert die bestehende Partnerschaft. Die Clusterorganisationen fungieren als Einstiegsportale für Unternehmen der Partnerregion.",
						"Signed at BIO-Europe in Munich; extends and intensifies the existing partnership. The cluster organisations act as entry portals for companies of the partner region.",
						"ミュンヘンで開催されたBIO-Europeで締結。既存のパートナーシップを拡充・強化し、クラスター組織が相手地域の企業の窓口となる。"),
				LocalDate.of(2015, 11, 2), DatePrecision.DAY, "München / Munich", "BIO-Europe 2015",
				LocalDate.of(2015, 11, 2), null, "biom-obhq-2011", null, List.of("biom", "obhq"),
				List.of(new Signatory("Prof. Dr. Horst Domdey", "CEO, BioM Biotech Cluster Development GmbH", "biom",
						Capacity.SIGNATORY),
						new Signatory("Dr. Tadamitsu Kishimoto", "President, Osaka Bio Headquarters", "obhq",
								Capacity.SIGNATORY),
						new Signatory("Franz Josef Pschierer", "Bavarian State Secretary for Economic Affairs", null,
								Capacity.WITNESS)),
				osakaCommitments(), 0);
	}

	private static Agreement biomOsaka2022() {
		return new Agreement("biom-obhq-2022", AgreementKind.COOPERATION_AGREEMENT,
				text("Transnationale Biotech- und Life-Science-Kooperationsvereinbarung München – Osaka",
						"Transnational biotech and life-science cooperation agreement Munich – Osaka",
						"ミュンヘン・大阪 バイオテック・ライフサイエンス国際協力協定"),
				text("In Osaka erneuert: enge Zusammenarbeit der Regionen Bayern und Kansai, Informationsaustausch, Best Practice im Technologietransfer, Nutzen für KMU.",
						"Renewed in Osaka: close cooperation of the Bavaria and Kansai regions, exchange of information, best practice in technology transfer, benefits for SMEs.",
						"大阪で更新：バイエルンと関西の緊密な連携、情報交換、技術移転のベストプラクティス、中小企業への還元。"),
				LocalDate.of(2022, 10, 1), DatePrecision.MONTH, "Osaka", null, LocalDate.of(2022, 10, 1), null,
				"biom-obhq-2015", null, List.of("biom", "obhq"), List.of(new Signatory("Dr. Tadamitsu Kishimoto",
						"President, Osaka Bio Headquarters", "obhq", Capacity.SIGNATORY)),
				osakaCommitments(), 0);
	}

	private static List<Commitment> osakaCommitments() {
		return List.of(new Commitment(1, CommitmentKind.REGULAR_UPDATES, text(
				"Gegenseitige Information über technologische, industrielle und akademische Entwicklungen der Regionen",
				"Inform each other about technological, industrial and academic developments in the regions",
				"両地域の技術・産業・学術の最新動向を相互に情報提供する"), CommitmentRule.perYear(4)),
				new Commitment(2, CommitmentKind.TECHNOLOGY_TRANSFER,
						text("Austausch zu Best Practices im Technologietransfer",
								"Exchange best practice in technology transfer", "技術移転のベストプラクティスを交換する"),
						CommitmentRule.perYear(1)),
				new Commitment(3, CommitmentKind.SME_MARKET_ENTRY, text(
						"Unterstützung von Biotech-KMU bei der Internationalisierung; Clusterorganisationen als Einstiegsportale",
						"Support biotech SMEs in internationalisation; cluster organisations as entry portals",
						"バイオ中小企業の国際化を支援し、クラスター組織が窓口となる"), CommitmentRule.perYear(1)));
	}

	private static Agreement biomKawasaki2017() {
		return new Agreement("biom-kawasaki-2017", AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
				text("Absichtserklärung BioM – Stadt Kawasaki", "Memorandum of understanding BioM – City of Kawasaki",
						"川崎市・BioM 覚書"),
				text("Zusammenarbeit der Biotech-Cluster München und Kawasaki (KING SKYFRONT) zur Förderung von Industrie-Industrie- und Industrie-Akademia-Kooperationen; auch KMU sollen profitieren.",
						"Cooperation of the Munich and Kawasaki (KING SKYFRONT) biotech clusters to promote industry–industry and industry–academia partnerships, including SMEs.",
						"双方の地域における産産・産学連携を促進するため、ミュンヘンと川崎（キングスカイフロント）のバイオクラスターが協力する。"),
				LocalDate.of(2017, 11, 1), DatePrecision.MONTH, null, null, LocalDate.of(2017, 11, 1),
				LocalDate.of(2020, 2, 10), null, null, List.of("biom", "kawasaki"),
				List.of(new Signatory("Norihiko Fukuda", "Mayor of the City of Kawasaki", "kawasaki",
						Capacity.SIGNATORY),
						new Signatory("Prof. Dr. Horst Domdey", "CEO, BioM Biotech Cluster Development GmbH", "biom",
								Capacity.SIGNATORY)),
				List.of(new Commitment(1, CommitmentKind.REGULAR_UPDATES, text(
						"Informationsaustausch über neue Technologien, Industrieentwicklungen und akademisches Potenzial",
						"Exchange information on new technologies, industry developments and academic potential",
						"新技術、産業動向、学術的ポテンシャルに関する情報交換"), CommitmentRule.perYear(2)),
						new Commitment(2, CommitmentKind.TECHNOLOGY_TRANSFER,
								text("Austausch über Technologietransfer", "Discuss technology transfer",
										"技術移転に関する意見交換"),
								CommitmentRule.perYear(1)),
						new Commitment(3, CommitmentKind.SME_MARKET_ENTRY,
								text("Unterstützung kleiner und mittlerer Unternehmen",
										"Support small and medium-sized enterprises", "中小企業の支援"),
								CommitmentRule.perYear(1))),
				0);
	}

	private static Agreement biomKawasaki2020() {
		return new Agreement("biom-kawasaki-2020", AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
				text("Erneuerte Absichtserklärung BioM – Stadt Kawasaki",
						"Renewed memorandum of understanding BioM – City of Kawasaki",
						"川崎市・BioM ライフサイエンス分野を中心とした経済交流に関する覚書（更新）"),
				text("Am 11. Februar 2020 in Bayern für drei Jahre erneuert, um den wirtschaftlichen Austausch in den Life Sciences fortzusetzen und zu stärken.",
						"Renewed in Bavaria on 11 February 2020 for three years to continue and strengthen economic exchange in the life sciences.",
						"ライフサイエンス分野での経済交流を継続し、連携した取組をより強化・推進するため、2020年2月11日にバイエルン州で3年間更新。"),
				LocalDate.of(2020, 2, 11), DatePrecision.DAY, "Bayern / Bavaria", null, LocalDate.of(2020, 2, 11),
				LocalDate.of(2023, 2, 10), "biom-kawasaki-2017", null, List.of("biom", "kawasaki"),
				List.of(new Signatory("Tomohiro Takahashi",
						"Director, Coastal Area International Strategy Headquarters, City of Kawasaki", "kawasaki",
						Capacity.SIGNATORY),
						new Signatory("Prof. Dr. Horst Domdey", "CEO, BioM Biotech Cluster Development GmbH", "biom",
								Capacity.SIGNATORY),
						new Signatory("Tetsuya Kimura", "Consul General of Japan in Munich", null, Capacity.WITNESS)),
				kawasakiItems(), 0);
	}

	/**
	 * The eleven agreed items of the 2020 Kawasaki text (Japanese original, with
	 * translations).
	 */
	private static List<Commitment> kawasakiItems() {
		return List.of(
				item(1, CommitmentKind.FREE_TEXT, "BioM und Kawasaki prüfen weitere Möglichkeiten der Zusammenarbeit.",
						"BioM and Kawasaki explore further opportunities for cooperation.", "BioMと川崎市はさらなる協力の機会を検討する。"),
				item(2, CommitmentKind.FREE_TEXT, "Andere Einrichtungen der Regionen können sich beteiligen.",
						"Other institutions in each region may take part.", "各地域における他の機関も関与することができる。"),
				item(3, CommitmentKind.REGULAR_UPDATES,
						"Regelmäßiger Austausch über Entwicklungen und Geschäftschancen in der Partnerregion, über neue Unternehmen und Kooperationsmöglichkeiten.",
						"Regularly exchange updates on developments and business opportunities in the partner region, new companies and partnering opportunities.",
						"両者は相手方地域における進展やビジネスチャンスについての最新情報を相互に交換し、新規企業や提携の機会について定期的に最新情報を提供することに同意する。"),
				item(4, CommitmentKind.SME_MARKET_ENTRY,
						"BioM und Kawasaki können sich direkt mit konkreten Anliegen an einander wenden (z. B. Markteintritt oder Kooperationsinteresse bestimmter Unternehmen).",
						"BioM and Kawasaki may contact each other directly with concrete requests (e.g. a company's market entry or partnering interest).",
						"BioMは川崎市に、川崎市はBioMに具体的な業務（例えば、特定の企業の市場参入や連携への関心）を依頼するために直接連絡することができる。"),
				new Commitment(5, CommitmentKind.MEETINGS, text(
						"Mindestens einmal jährlich treffen, z. B. auf der BIO-Europe, BIO International oder BioJapan.",
						"Meet at least once a year, for example at BIO-Europe, BIO International or BioJapan.",
						"両者は少なくとも年に1回、例えばBIO-EuropeやBIO International、BioJapanで面談を行うことを目標とする。"), KAWASAKI_MEETINGS),
				item(6, CommitmentKind.FREE_TEXT,
						"Regelmäßig Kooperationsmöglichkeiten auf Grundlage dieser Absichtserklärung prüfen.",
						"Regularly review cooperation opportunities under this memorandum.",
						"両者は本覚書に基づいて定期的に連携の機会を検討する。"),
				item(7, CommitmentKind.PARTNER_PROMOTION,
						"Werbung für die Partnerregion mit dem Logo des Partners auf der eigenen Website.",
						"Promote the partner region with the partner's logo on one's own website.",
						"両者は各々のホームページで相手方のロゴを用いてパートナー地域の宣伝を行うことに同意する。"),
				item(8, CommitmentKind.SME_MARKET_ENTRY, "Gegenseitig den Markteintritt von KMU fördern.",
						"Mutually promote market entry of SMEs.", "中小企業の市場参入を相互に促進する。"),
				item(9, CommitmentKind.FREE_TEXT,
						"Die von der jeweils anderen Seite veranstalteten Biotech-/Medtech-Veranstaltungen und Missionen fördern.",
						"Promote the biotech/medtech events and missions run by the other side.",
						"各々により運営されるバイオテクノロジー/医療技術関連のイベントや任務を促進する。"),
				item(10, CommitmentKind.TECHNOLOGY_TRANSFER,
						"Technologietransfer zwischen Unternehmen und Akteuren in beiden Regionen anstoßen.",
						"Initiate technology transfer between companies and stakeholders in each region.",
						"それぞれの地域において企業と関係者間の技術移転を開始する。"),
				item(11, CommitmentKind.REGULAR_UPDATES,
						"Informationen austauschen über Unternehmensgründung, technische Aspekte, Networking, Technologietransfer, Projektaufbau, Regulierung und lokale Märkte.",
						"Exchange information on company set-up, technical aspects, networking, technology transfer, project building, regulation and local markets.",
						"各地域における企業の立ち上げに関する過程や技術的側面、ネットワーキング、技術移転、プロジェクト構築、特定の規制や現地の市場に関する情報を交換する。"));
	}

	private static Commitment item(int n, CommitmentKind kind, String de, String en, String ja) {
		return new Commitment(n, kind, text(de, en, ja), RULES.get(kind));
	}

	/**
	 * The rules the demo reads into the press releases' wording: "meet at least once a
	 * year" (at the named events for Kawasaki), "regularly exchange updates" as four a
	 * year, "support SMEs" and "initiate technology transfer" as at least one handled
	 * case a year. Partner promotion (a logo on the website) has no records to count, so
	 * it is left to the managers' assessment.
	 */
	private static final java.util.Map<CommitmentKind, CommitmentRule> RULES = java.util.Map.of(
			CommitmentKind.REGULAR_UPDATES, CommitmentRule.perYear(4), CommitmentKind.SME_MARKET_ENTRY,
			CommitmentRule.perYear(1), CommitmentKind.TECHNOLOGY_TRANSFER, CommitmentRule.perYear(1),
			CommitmentKind.MEETINGS, CommitmentRule.perYear(1));

	private static final CommitmentRule KAWASAKI_MEETINGS = CommitmentRule.perYear(1, "BIO-Europe", "BIO International",
			"BioJapan");

	private static Agreement lsnKobe2016() {
		return new Agreement("lsn-fbri-2016", AgreementKind.LETTER_OF_INTENT,
				text("Letter of Intent Life Science Nord – FBRI (JETRO RIT)",
						"Letter of intent Life Science Nord – FBRI (JETRO RIT)",
						"ライフサイエンス・ノルト・神戸医療産業都市推進機構 趣意書（JETRO RIT）"),
				text("In Kobe unterzeichnet; regelt die Kooperation im RIT-Programm (Regional Industry Tie-Up) der JETRO, das bis 2017 verlängert wurde. Mindestens ein gegenseitiger Besuch pro Jahr ist anvisiert.",
						"Signed in Kobe; governs the cooperation in JETRO's Regional Industry Tie-Up (RIT) programme, extended until 2017. At least one mutual visit per year is planned.",
						"神戸で署名。2017年まで延長されたJETROの地域間交流支援（RIT）事業における協力を定める。少なくとも年1回の相互訪問を目指す。"),
				LocalDate.of(2016, 1, 1), DatePrecision.YEAR, "Kobe", "Schleswig-Holstein delegation trip to Japan",
				LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31), null, "JETRO Regional Industry Tie-Up (RIT)",
				List.of("lsn", "fbri"),
				List.of(new Signatory("Dr. Hinrich Habeck", "Managing Director, Life Science Nord", "lsn",
						Capacity.SIGNATORY)),
				List.of(item(1, CommitmentKind.MEETINGS, "Mindestens ein gegenseitiger Besuch pro Jahr.",
						"At least one mutual visit per year.", "少なくとも年1回の相互訪問。"),
						item(2, CommitmentKind.FREE_TEXT,
								"Netzwerkbildung zwischen Unternehmen, Forschungseinrichtungen und Behörden.",
								"Networking between companies, research institutions and authorities.",
								"企業、研究機関、行政機関の間のネットワーク形成。"),
						item(3, CommitmentKind.TECHNOLOGY_TRANSFER, "Technologietransfer unterstützen.",
								"Support technology transfer.", "技術移転の支援。"),
						item(4, CommitmentKind.SME_MARKET_ENTRY, "Markteinführung von Innovationen unterstützen.",
								"Support the market introduction of innovations.", "イノベーションの市場導入の支援。")),
				0);
	}

}
