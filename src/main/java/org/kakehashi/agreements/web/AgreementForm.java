package org.kakehashi.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementDraft;
import org.kakehashi.agreements.AgreementDraft.CommitmentDraft;
import org.kakehashi.agreements.Signatory;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement form: one field per UI language, signatories one per line as
 * {@code Name; function; party; witness}, commitments as rows. A mutable bean rather than
 * a record because the form grows rows ({@code commitments[3].kind}) that Spring binds
 * into nested beans by index.
 */
public class AgreementForm {

	/** Blank commitment rows offered below the existing ones. */
	static final int SPARE_ROWS = 2;

	private @Nullable String id;

	private @Nullable String kind;

	private @Nullable String titleDe, titleEn, titleJa, summaryDe, summaryEn, summaryJa, fullTextDe, fullTextEn,
			fullTextJa;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate signedOn, startsOn, endsOn;

	private @Nullable String signedPrecision, signedPlace, occasion, programme, signatories;

	private List<String> parties = new ArrayList<>();

	private List<Row> commitments = new ArrayList<>();

	private @Nullable Long version;

	/** One commitment row of the form. */
	public static class Row {

		private @Nullable String kind, textDe, textEn, textJa, period, atEvents;

		private @Nullable Integer minimum;

		static Row of(CommitmentDraft c) {
			Row r = new Row();
			r.kind = c.kind();
			r.textDe = c.text().get("de");
			r.textEn = c.text().get("en");
			r.textJa = c.text().get("ja");
			r.minimum = c.minimum();
			r.period = c.period();
			r.atEvents = String.join(", ", c.atEvents());
			return r;
		}

		boolean isBlank() {
			return blank(kind) && blank(textDe) && blank(textEn) && blank(textJa) && minimum == null;
		}

		CommitmentDraft toDraft() {
			return new CommitmentDraft(kind, texts(textDe, textEn, textJa), minimum, blank(period) ? null : period,
					atEvents == null ? List.of()
							: Arrays.stream(atEvents.split("[,、，]"))
								.map(String::strip)
								.filter(s -> !s.isEmpty())
								.toList());
		}

		// @formatter:off
		public @Nullable String getKind() { return kind; }
		public void setKind(@Nullable String v) { kind = v; }
		public @Nullable String getTextDe() { return textDe; }
		public void setTextDe(@Nullable String v) { textDe = v; }
		public @Nullable String getTextEn() { return textEn; }
		public void setTextEn(@Nullable String v) { textEn = v; }
		public @Nullable String getTextJa() { return textJa; }
		public void setTextJa(@Nullable String v) { textJa = v; }
		public @Nullable String getPeriod() { return period; }
		public void setPeriod(@Nullable String v) { period = v; }
		public @Nullable String getAtEvents() { return atEvents; }
		public void setAtEvents(@Nullable String v) { atEvents = v; }
		public @Nullable Integer getMinimum() { return minimum; }
		public void setMinimum(@Nullable Integer v) { minimum = v; }
		// @formatter:on

	}

	static AgreementForm of(AgreementDraft d) {
		AgreementForm f = new AgreementForm();
		f.id = d.id();
		f.kind = d.kind();
		f.titleDe = d.titles().get("de");
		f.titleEn = d.titles().get("en");
		f.titleJa = d.titles().get("ja");
		f.summaryDe = d.summaries().get("de");
		f.summaryEn = d.summaries().get("en");
		f.summaryJa = d.summaries().get("ja");
		f.fullTextDe = d.fullTexts().get("de");
		f.fullTextEn = d.fullTexts().get("en");
		f.fullTextJa = d.fullTexts().get("ja");
		f.signedOn = d.signedOn();
		f.signedPrecision = d.signedPrecision();
		f.signedPlace = d.signedPlace();
		f.occasion = d.occasion();
		f.startsOn = d.startsOn();
		f.endsOn = d.endsOn();
		f.programme = d.programme();
		f.parties = new ArrayList<>(d.parties());
		f.signatories = String.join("\n", d.signatories().stream().map(AgreementForm::line).toList());
		f.commitments = new ArrayList<>(d.commitments().stream().map(Row::of).toList());
		f.version = d.version();
		return f.withSpareRows();
	}

	AgreementForm withSpareRows() {
		commitments.removeIf(Row::isBlank);
		for (int i = 0; i < SPARE_ROWS; i++) {
			commitments.add(new Row());
		}
		return this;
	}

	AgreementDraft toDraft() {
		List<CommitmentDraft> rows = commitments.stream().filter(r -> !r.isBlank()).map(Row::toDraft).toList();
		return new AgreementDraft(id, kind, texts(titleDe, titleEn, titleJa), texts(summaryDe, summaryEn, summaryJa),
				texts(fullTextDe, fullTextEn, fullTextJa), signedOn, signedPrecision, signedPlace, occasion, startsOn,
				endsOn, programme, parties, signatoryList(), rows, version);
	}

	/**
	 * The form field that shows a problem the rules named in API terms. Blank rows are
	 * dropped before checking, so commitment indexes are mapped back to the rows as
	 * shown.
	 */
	String formField(String field) {
		if (field.equals("titles")) {
			return "titleEn";
		}
		if (field.startsWith("commitments[")) {
			int index = Integer.parseInt(field.substring(12, field.indexOf(']')));
			String rest = field.substring(field.indexOf(']') + 2);
			int row = nonBlankRow(index);
			return "commitments[" + row + "]." + (rest.equals("text") ? "textEn" : rest);
		}
		return field;
	}

	private int nonBlankRow(int index) {
		int seen = -1;
		for (int i = 0; i < commitments.size(); i++) {
			if (!commitments.get(i).isBlank() && ++seen == index) {
				return i;
			}
		}
		return index;
	}

	private List<Signatory> signatoryList() {
		List<Signatory> list = new ArrayList<>();
		if (signatories == null) {
			return list;
		}
		for (String line : signatories.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] p = line.split(";", -1);
			boolean witness = p.length > 3 && p[3].strip().toLowerCase(java.util.Locale.ROOT).startsWith("w");
			list.add(new Signatory(p[0].strip(), p.length > 1 ? nullIfBlank(p[1]) : null,
					p.length > 2 ? nullIfBlank(p[2]) : null,
					witness ? Signatory.Capacity.WITNESS : Signatory.Capacity.SIGNATORY));
		}
		return list;
	}

	private static String line(Signatory s) {
		return s.name() + "; " + nz(s.function()) + "; " + nz(s.partyId()) + "; "
				+ s.capacity().name().toLowerCase(java.util.Locale.ROOT);
	}

	static Map<String, String> texts(@Nullable String de, @Nullable String en, @Nullable String ja) {
		Map<String, String> m = new LinkedHashMap<>();
		if (!blank(de)) {
			m.put("de", de);
		}
		if (!blank(en)) {
			m.put("en", en);
		}
		if (!blank(ja)) {
			m.put("ja", ja);
		}
		return m;
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static @Nullable String nullIfBlank(String s) {
		return s.isBlank() ? null : s.strip();
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	// @formatter:off
	public @Nullable String getId() { return id; }
	public void setId(@Nullable String v) { id = v; }
	public @Nullable String getKind() { return kind; }
	public void setKind(@Nullable String v) { kind = v; }
	public @Nullable String getTitleDe() { return titleDe; }
	public void setTitleDe(@Nullable String v) { titleDe = v; }
	public @Nullable String getTitleEn() { return titleEn; }
	public void setTitleEn(@Nullable String v) { titleEn = v; }
	public @Nullable String getTitleJa() { return titleJa; }
	public void setTitleJa(@Nullable String v) { titleJa = v; }
	public @Nullable String getSummaryDe() { return summaryDe; }
	public void setSummaryDe(@Nullable String v) { summaryDe = v; }
	public @Nullable String getSummaryEn() { return summaryEn; }
	public void setSummaryEn(@Nullable String v) { summaryEn = v; }
	public @Nullable String getSummaryJa() { return summaryJa; }
	public void setSummaryJa(@Nullable String v) { summaryJa = v; }
	public @Nullable String getFullTextDe() { return fullTextDe; }
	public void setFullTextDe(@Nullable String v) { fullTextDe = v; }
	public @Nullable String getFullTextEn() { return fullTextEn; }
	public void setFullTextEn(@Nullable String v) { fullTextEn = v; }
	public @Nullable String getFullTextJa() { return fullTextJa; }
	public void setFullTextJa(@Nullable String v) { fullTextJa = v; }
	public @Nullable LocalDate getSignedOn() { return signedOn; }
	public void setSignedOn(@Nullable LocalDate v) { signedOn = v; }
	public @Nullable LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(@Nullable LocalDate v) { startsOn = v; }
	public @Nullable LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(@Nullable LocalDate v) { endsOn = v; }
	public @Nullable String getSignedPrecision() { return signedPrecision; }
	public void setSignedPrecision(@Nullable String v) { signedPrecision = v; }
	public @Nullable String getSignedPlace() { return signedPlace; }
	public void setSignedPlace(@Nullable String v) { signedPlace = v; }
	public @Nullable String getOccasion() { return occasion; }
	public void setOccasion(@Nullable String v) { occasion = v; }
	public @Nullable String getProgramme() { return programme; }
	public void setProgramme(@Nullable String v) { programme = v; }
	public @Nullable String getSignatories() { return signatories; }
	public void setSignatories(@Nullable String v) { signatories = v; }
	public List<String> getParties() { return parties; }
	public void setParties(List<String> v) { parties = v; }
	public List<Row> getCommitments() { return commitments; }
	public void setCommitments(List<Row> v) { commitments = v; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long v) { version = v; }
	// @formatter:on

}
