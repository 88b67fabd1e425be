package org.kakehashi.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.reports.PartnershipReport;
import org.kakehashi.reports.PartnershipReports;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Report pages: the partnerships a user may read, and one partnership's report for a year
 * or its whole history, with charts, as XLSX and as PDF. A report the user may not read
 * answers 404 (PartnershipReports decides).
 */
@Controller
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PartnershipReports reports;

	private final ReportViews views;

	private final ReportXlsx xlsx;

	private final ReportPdf pdf;

	private final DirectoryService directory;

	ReportController(PartnershipReports reports, ReportViews views, ReportXlsx xlsx, ReportPdf pdf,
			DirectoryService directory) {
		this.reports = reports;
		this.views = views;
		this.xlsx = xlsx;
		this.pdf = pdf;
		this.directory = directory;
	}

	@GetMapping("/reports")
	String list(CurrentUser user, Model model) {
		model.addAttribute("partnerships", reports.readableBy(user));
		model.addAttribute("clusters", clusterNames());
		return "reports/list";
	}

	@GetMapping("/reports/partnerships/{a}/{b}")
	String report(@PathVariable String a, @PathVariable String b,
			@RequestParam(required = false) @Nullable Integer year, CurrentUser user, Locale locale, Model model) {
		PartnershipReport report = reports.report(user, a, b, year);
		model.addAttribute("report", report);
		model.addAttribute("view", views.of(report, locale));
		model.addAttribute("period", year == null ? "all" : String.valueOf(year));
		return "reports/partnership";
	}

	@GetMapping("/reports/partnerships/{a}/{b}/{period}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String a, @PathVariable String b, @PathVariable String period,
			CurrentUser user, Locale locale) {
		PartnershipReport report = reports.report(user, a, b, year(period));
		return download(xlsx.render(views.of(report, locale)), XLSX,
				fileName(a, b, period, locale.getLanguage(), "xlsx"));
	}

	@GetMapping("/reports/partnerships/{a}/{b}/{period}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String a, @PathVariable String b, @PathVariable String period,
			@RequestParam(required = false) @Nullable String lang, CurrentUser user, Locale locale) {
		PartnershipReport report = reports.report(user, a, b, year(period));
		byte[] body;
		String language;
		if ("de-ja".equals(lang)) {
			body = pdf.renderSideBySide(views.of(report, Locale.GERMAN), views.of(report, Locale.JAPANESE));
			language = "de-ja";
		}
		else {
			Locale chosen = ReportViews.exportLanguages().getOrDefault(lang == null ? "" : lang, locale);
			body = pdf.render(views.of(report, chosen));
			language = chosen.getLanguage();
		}
		return download(body, MediaType.APPLICATION_PDF, fileName(a, b, period, language, "pdf"));
	}

	/** "all" or a year; anything else names no report. */
	private static @Nullable Integer year(String period) {
		if ("all".equals(period)) {
			return null;
		}
		if (period.matches("\\d{4}")) {
			return Integer.valueOf(period);
		}
		throw new NotFoundException("report period", period);
	}

	private static String fileName(String a, String b, String period, String language, String extension) {
		return "kakehashi-report-" + a + "-" + b + "-" + period + "-" + language + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private Map<String, Cluster> clusterNames() {
		Map<String, Cluster> map = new LinkedHashMap<>();
		List<Cluster> all = directory.clusters();
		all.forEach(c -> map.put(c.id(), c));
		return map;
	}

}
