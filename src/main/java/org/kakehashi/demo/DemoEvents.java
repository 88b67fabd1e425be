package org.kakehashi.demo;

import static org.kakehashi.demo.DemoClusters.text;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventKind;
import org.kakehashi.shared.LocalizedText;

/**
 * The events the seeds mention, and one still to come; times are local to each event's
 * time zone.
 */
final class DemoEvents {

	private DemoEvents() {
	}

	/**
	 * The seeds' events, all past by now, and an online partnering six weeks after the
	 * day the demo is loaded: a new installation always has an event to register for.
	 */
	static List<Event> all(Clock clock) {
		List<Event> all = new ArrayList<>(seeded());
		all.add(upcoming(LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")))));
		return all;
	}

	static Event upcoming(LocalDate loadedOn) {
		// a Tuesday six weeks on: mornings in Germany are afternoons in Japan
		LocalDate first = loadedOn.plusWeeks(6).with(DayOfWeek.TUESDAY);
		return event("online-partnering-" + first.getYear() + "-" + first.getMonthValue(), EventKind.ONLINE_PARTNERING,
				text("Deutsch-japanisches Online-Partnering", "German–Japanese online partnering", "日独オンライン・パートナリング"),
				text("Online-Partnering der fünf Partnercluster: Gespräche von 9 bis 12 Uhr in Deutschland, 17 bis 20 Uhr in Japan (Demo-Daten, Termin relativ zum Tag der Installation).",
						"Online partnering of the five partner clusters: meetings from 9 to 12 in Germany, 17 to 20 in Japan (demo data, dated relative to the day of installation).",
						"5つのパートナー・クラスターによるオンライン・パートナリング。面談はドイツ時間9〜12時、日本時間17〜20時（デモデータ。日付はインストール日を基準）。"),
				first.atTime(LocalTime.of(9, 0)), first.plusDays(1).atTime(LocalTime.of(12, 0)), "Europe/Berlin", null,
				null, List.of("biom", "lsn", "obhq", "kawasaki", "fbri"));
	}

	private static List<Event> seeded() {
		return List.of(event("bio-europe-2015", EventKind.PARTNERING_CONFERENCE,
				text("BIO-Europe 2015", "BIO-Europe 2015", "BIO-Europe 2015"),
				text("Europas größte Partnering-Konferenz der Biotechnologie-Industrie; Unterzeichnung der erweiterten Kooperationsvereinbarung BioM – Osaka am 2. November 2015.",
						"Europe's largest partnering conference of the biotech industry; the extended BioM – Osaka agreement was signed there on 2 November 2015.",
						"欧州最大のバイオ産業パートナリング会議。2015年11月2日にBioMと大阪の協力協定（拡充）が締結された。"),
				LocalDateTime.of(2015, 11, 2, 9, 0), LocalDateTime.of(2015, 11, 4, 18, 0), "Europe/Berlin",
				"München / Munich", "DE", List.of("biom")),
				event("sh-delegation-japan-2016", EventKind.DELEGATION_TRIP,
						text("Delegationsreise Schleswig-Holstein nach Japan und China",
								"Schleswig-Holstein delegation trip to Japan and China", "シュレースヴィヒ＝ホルシュタイン州 日本・中国視察団"),
						text("Fünftägige Reise von Ministerpräsident und Wirtschaftsminister mit Schwerpunkt Life Sciences; Station in Kobe mit Unterzeichnung des Letter of Intent LSN – FBRI. (Demo-Daten: Tage illustrativ.)",
								"Five-day trip of the Minister-President and the Minister of Economic Affairs focusing on life sciences; stop in Kobe with the signing of the LSN – FBRI letter of intent. (Demo data: days illustrative.)",
								"州首相と経済大臣による5日間のライフサイエンス重点の視察。神戸でLSNとFBRIの趣意書に署名。（デモデータ：日付は例示）"),
						LocalDateTime.of(2016, 5, 9, 9, 0), LocalDateTime.of(2016, 5, 13, 18, 0), "Asia/Tokyo", "Kobe",
						"JP", List.of("lsn", "fbri")),
				event("biojapan-2026", EventKind.PARTNERING_CONFERENCE,
						text("BioJapan 2026", "BioJapan 2026", "BioJapan 2026"),
						text("Asiens Partnering-Konferenz für Biotechnologie in Yokohama; Treffpunkt der Partnercluster (Demo-Daten).",
								"Asia's biotech partnering conference in Yokohama; a meeting point for the partner clusters (demo data).",
								"横浜で開催されるアジア最大級のバイオ・パートナリング展示会。パートナー・クラスターの面談の場（デモデータ）。"),
						LocalDateTime.of(2026, 10, 14, 10, 0), LocalDateTime.of(2026, 10, 16, 17, 0), "Asia/Tokyo",
						"Pacifico Yokohama", "JP", List.of("kawasaki", "obhq", "fbri")),
				event("bio-international-2026", EventKind.PARTNERING_CONFERENCE,
						text("BIO International Convention 2026", "BIO International Convention 2026",
								"BIO International Convention 2026"),
						text("Die weltgrößte Biotech-Partnering-Veranstaltung (Demo-Daten).",
								"The world's largest biotech partnering event (demo data).",
								"世界最大のバイオ・パートナリングイベント（デモデータ）。"),
						LocalDateTime.of(2026, 6, 22, 9, 0), LocalDateTime.of(2026, 6, 25, 17, 0),
						"America/Los_Angeles", "San Diego", "US", List.of()),
				event("bio-europe-2026", EventKind.PARTNERING_CONFERENCE,
						text("BIO-Europe 2026 – deutsch-japanisches Partnering",
								"BIO-Europe 2026 – German–Japanese partnering", "BIO-Europe 2026 日独パートナリング"),
						text("Partnering der fünf Partnercluster auf der BIO-Europe (Demo-Daten).",
								"Partnering of the five partner clusters at BIO-Europe (demo data).",
								"BIO-Europeにおける5つのパートナー・クラスターのパートナリング（デモデータ）。"),
						LocalDateTime.of(2026, 11, 2, 9, 0), LocalDateTime.of(2026, 11, 4, 18, 0), "Europe/Berlin",
						"München / Munich", "DE", List.of("biom", "lsn", "obhq", "kawasaki", "fbri")));
	}

	private static Event event(String id, EventKind kind, LocalizedText names, LocalizedText descriptions,
			LocalDateTime start, LocalDateTime end, String zone, @Nullable String city, @Nullable String country,
			List<String> organizers) {
		ZoneId z = ZoneId.of(zone);
		return new Event(id, kind, names, descriptions, OffsetDateTime.of(start, z.getRules().getOffset(start)),
				OffsetDateTime.of(end, z.getRules().getOffset(end)), zone, null, city, country, null, organizers);
	}

}
