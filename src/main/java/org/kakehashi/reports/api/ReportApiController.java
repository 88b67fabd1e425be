package org.kakehashi.reports.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kakehashi.reports.PartnershipReport;
import org.kakehashi.reports.PartnershipReports;
import org.kakehashi.reports.YearFigures;
import org.kakehashi.shared.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partnership's report figures as JSON (docs/api.md): for one year, or without
 * {@code year} the whole history. Same readers as the page; 404 for anyone else.
 */
@RestController
@Tag(name = "reports")
class ReportApiController {

	private final PartnershipReports reports;

	ReportApiController(PartnershipReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/reports/partnerships/{a}/{b}")
	ReportJson report(@PathVariable String a, @PathVariable String b,
			@RequestParam(required = false) @Nullable Integer year, CurrentUser user) {
		return ReportJson.of(reports.report(user, a, b, year));
	}

	/**
	 * The figures, each way where there is a direction ({@code fromA}, {@code fromB}) and
	 * added up at the top level.
	 */
	record ReportJson(String a, String b, @Nullable Integer year, Map<String, Object> meetings,
			Map<String, Object> requests, Map<String, Integer> commitments, Map<String, Integer> outcomes,
			Map<String, Integer> requestOutcomes, Map<String, Object> exchange, int visits, int partneringEvents) {

		static ReportJson of(PartnershipReport report) {
			YearFigures f = report.shown();
			var ma = f.meetingsFromA();
			var mb = f.meetingsFromB();
			Map<String, Object> meetings = new LinkedHashMap<>();
			meetings.put("requested", ma.requested() + mb.requested());
			meetings.put("accepted", ma.accepted() + mb.accepted());
			meetings.put("placed", ma.placed() + mb.placed());
			meetings.put("held", ma.held() + mb.held());
			meetings.put("noShows", ma.noShows() + mb.noShows());
			meetings.put("feedback", ma.feedback() + mb.feedback());
			meetings.put("fromA", ma);
			meetings.put("fromB", mb);
			var ra = f.requestsFromA();
			var rb = f.requestsFromB();
			Map<String, Object> requests = new LinkedHashMap<>();
			requests.put("filed", ra.filed() + rb.filed());
			requests.put("accepted", ra.accepted() + rb.accepted());
			requests.put("handled", ra.handled() + rb.handled());
			requests.put("withinServiceLevel", ra.withinServiceLevel() + rb.withinServiceLevel());
			requests.put("introductions", ra.introductions() + rb.introductions());
			requests.put("fromA", ra);
			requests.put("fromB", rb);
			Map<String, Integer> requestOutcomes = new LinkedHashMap<>(ra.outcomes());
			rb.outcomes().forEach((k, v) -> requestOutcomes.merge(k, v, Integer::sum));
			Map<String, Integer> outcomes = new LinkedHashMap<>();
			f.outcomesFromA().forEach((k, v) -> outcomes.merge(k.code(), v, Integer::sum));
			f.outcomesFromB().forEach((k, v) -> outcomes.merge(k.code(), v, Integer::sum));
			Map<String, Integer> commitments = new LinkedHashMap<>();
			f.commitments().forEach((k, v) -> commitments.put(k.code(), v));
			var ea = f.exchangeFromA();
			var eb = f.exchangeFromB();
			Map<String, Object> exchange = new LinkedHashMap<>();
			exchange.put("posts", ea.posts() + eb.posts());
			exchange.put("opportunities", ea.opportunities() + eb.opportunities());
			exchange.put("interests", ea.interests() + eb.interests());
			exchange.put("fromA", ea);
			exchange.put("fromB", eb);
			return new ReportJson(report.a(), report.b(), report.year(), meetings, requests, commitments, outcomes,
					requestOutcomes, exchange, f.visits().visits(), f.visits().partneringEvents());
		}

	}

}
