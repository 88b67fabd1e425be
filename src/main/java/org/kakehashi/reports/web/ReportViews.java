package org.kakehashi.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.MeetingTally;
import org.kakehashi.exchange.ExchangeTally;
import org.kakehashi.reports.CommitmentLine;
import org.kakehashi.reports.OutcomeKind;
import org.kakehashi.reports.PartnershipReport;
import org.kakehashi.reports.YearFigures;
import org.kakehashi.requests.RequestOutcome;
import org.kakehashi.requests.RequestTally;
import org.kakehashi.reports.web.ReportTable.Row;
import org.kakehashi.reports.web.ReportView.CommitmentMatrix;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link PartnershipReport} into the tables a reader sees in one language: the
 * page, the XLSX and the PDF are all made from these, so they cannot disagree.
 */
@Component
class ReportViews {

	private final MessageSource messages;

	private final DirectoryService directory;

	ReportViews(MessageSource messages, DirectoryService directory) {
		this.messages = messages;
		this.directory = directory;
	}

	ReportView of(PartnershipReport report, Locale locale) {
		Texts t = new Texts(messages, locale);
		String a = directory.cluster(report.a()).names().in(locale);
		String b = directory.cluster(report.b()).names().in(locale);
		YearFigures f = report.shown();
		List<String> eachWay = List.of(t.get("report.from", a, b), t.get("report.from", b, a));
		List<ReportTable> tables = new ArrayList<>();
		tables.add(new ReportTable("exchange", t.get("report.section.exchange"), eachWay,
				List.of(ex(t, "posts", f, ExchangeTally::posts),
						ex(t, "regionalUpdates", f, ExchangeTally::regionalUpdates),
						ex(t, "opportunities", f, ExchangeTally::opportunities),
						ex(t, "interests", f, ExchangeTally::interests)),
				true));
		tables.add(new ReportTable("meetings", t.get("report.section.meetings"), eachWay,
				List.of(me(t, "requested", f, MeetingTally::requested), me(t, "accepted", f, MeetingTally::accepted),
						me(t, "placed", f, MeetingTally::placed), me(t, "held", f, MeetingTally::held),
						me(t, "noShows", f, MeetingTally::noShows), me(t, "feedback", f, MeetingTally::feedback),
						me(t, "useful", f, MeetingTally::useful), me(t, "followUp", f, MeetingTally::followUp)),
				true));
		tables.add(new ReportTable("requests", t.get("report.section.requests"), eachWay,
				List.of(rq(t, "filed", f, RequestTally::filed), rq(t, "forwarded", f, RequestTally::forwarded),
						rq(t, "accepted", f, RequestTally::accepted), rq(t, "declined", f, RequestTally::declined),
						rq(t, "handled", f, RequestTally::handled), rq(t, "responded", f, RequestTally::responded),
						rq(t, "withinServiceLevel", f, RequestTally::withinServiceLevel),
						rq(t, "introductions", f, RequestTally::introductions)),
				true));
		List<Row> outcomes = new ArrayList<>();
		for (RequestOutcome o : RequestOutcome.values()) {
			outcomes.add(new Row(t.get("request.outcome." + o.code()),
					List.of(f.requestsFromA().outcomes().getOrDefault(o.code(), 0),
							f.requestsFromB().outcomes().getOrDefault(o.code(), 0))));
		}
		tables.add(new ReportTable("outcomes", t.get("report.section.outcomes"), eachWay, outcomes, true));
		List<Row> cooperation = new ArrayList<>();
		for (OutcomeKind k : OutcomeKind.values()) {
			cooperation.add(new Row(t.get("outcome.kind." + k.code()),
					List.of(f.outcomesFromA().getOrDefault(k, 0), f.outcomesFromB().getOrDefault(k, 0))));
		}
		tables.add(new ReportTable("cooperation-outcomes", t.get("report.section.cooperationOutcomes"),
				List.of(t.get("report.outcomesOf", a), t.get("report.outcomesOf", b)), cooperation, true));
		tables.add(new ReportTable("visits", t.get("report.section.visits"), List.of(t.get("report.count")),
				List.of(new Row(t.get("report.visits.visits"), List.of(f.visits().visits())),
						new Row(t.get("report.visits.partneringEvents"), List.of(f.visits().partneringEvents()))),
				false));
		List<Row> states = new ArrayList<>();
		for (CommitmentState s : CommitmentState.values()) {
			states.add(new Row(t.get("commitment.state." + s.code()), List.of(f.commitments().getOrDefault(s, 0))));
		}
		tables.add(new ReportTable("commitment-states", t.get("report.section.commitmentStates"),
				List.of(t.get("report.count")), states, true));
		tables.add(trend(t, report));
		String period = report.year() == null ? t.get("report.period.all")
				: t.get("report.period.year", String.valueOf(report.year()));
		return new ReportView(t.get("report.title", a, b), period, a, b, tables, matrix(t, report, locale));
	}

	private static ReportTable trend(Texts t, PartnershipReport report) {
		List<Row> rows = new ArrayList<>();
		for (YearFigures y : report.years()) {
			rows.add(new Row(String.valueOf(y.year()),
					List.of(y.exchangeFromA().posts() + y.exchangeFromB().posts(),
							y.meetingsFromA().held() + y.meetingsFromB().held(),
							y.requestsFromA().filed() + y.requestsFromB().filed(), y.visits().visits())));
		}
		return new ReportTable("trend", t.get("report.section.trend"), List.of(t.get("report.trend.posts"),
				t.get("report.trend.meetingsHeld"), t.get("report.trend.requestsFiled"), t.get("report.trend.visits")),
				rows, true);
	}

	private static CommitmentMatrix matrix(Texts t, PartnershipReport report, Locale locale) {
		List<Integer> years = report.year() == null ? report.yearNumbers() : List.of(report.year());
		List<CommitmentMatrix.Line> lines = new ArrayList<>();
		for (CommitmentLine c : report.commitments()) {
			List<String> labels = new ArrayList<>();
			List<String> codes = new ArrayList<>();
			for (int y : years) {
				CommitmentState s = c.states().get(y);
				labels.add(s == null ? t.get("report.commitment.notInForce") : t.get("commitment.state." + s.code()));
				codes.add(s == null ? "none" : s.code());
			}
			if (codes.stream().anyMatch(code -> !code.equals("none"))) {
				lines.add(new CommitmentMatrix.Line(c.number() + ". " + c.text().in(locale), labels, codes));
			}
		}
		return new CommitmentMatrix(t.get("report.section.commitments"), t.get("report.commitment"), years, lines);
	}

	private static Row ex(Texts t, String key, YearFigures f, ToIntFunction<ExchangeTally> get) {
		return new Row(t.get("report.exchange." + key),
				List.of(get.applyAsInt(f.exchangeFromA()), get.applyAsInt(f.exchangeFromB())));
	}

	private static Row me(Texts t, String key, YearFigures f, ToIntFunction<MeetingTally> get) {
		return new Row(t.get("report.meetings." + key),
				List.of(get.applyAsInt(f.meetingsFromA()), get.applyAsInt(f.meetingsFromB())));
	}

	private static Row rq(Texts t, String key, YearFigures f, ToIntFunction<RequestTally> get) {
		return new Row(t.get("report.requests." + key),
				List.of(get.applyAsInt(f.requestsFromA()), get.applyAsInt(f.requestsFromB())));
	}

	/** Messages in one locale. */
	record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return messages.getMessage(key, args.length == 0 ? null : args, locale);
		}

	}

	static Map<String, Locale> exportLanguages() {
		return Map.of("de", Locale.GERMAN, "en", Locale.ENGLISH, "ja", Locale.JAPANESE);
	}

}
