package org.kakehashi.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementDraft;
import org.kakehashi.agreements.AgreementDraft.CommitmentDraft;
import org.kakehashi.agreements.Signatory;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement form: one field per UI language, signatories and commitments as rows. A
 * mutable bean rather than a record because the form grows rows
 * ({@code commitments[3].kind}) that Spring binds into nested beans by index. A row left
 * blank is no row, so clearing a row removes it.
 */
public class AgreementForm {

	/** Blank signatory and commitment rows offered below the filled ones. */
	static final int SPARE_ROWS = 2;

	private @Nullable String id;

	private @Nullable String kind;

	private @Nullable String titleDe, titleEn, titleJa, summaryDe, summaryEn, summaryJa, fullTextDe, fullTextEn,
			fullTextJa;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate signedOn, startsOn, endsOn;

	private @Nullable String signedPrecision, signedPlace, occasion, programme;

	private List<String> parties = new ArrayList<>();

	private List<SignatoryEntry> signatories = new ArrayList<>();

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

	/**
	 * One signatory row: the party is picked by its name, the capacity from the two there
	 * are, so nobody types an id or an English keyword.
	 */
	public static class SignatoryEntry {

		private @Nullable String name, function, partyId;

		private String capacity = Signatory.Capacity.SIGNATORY.name();

		static SignatoryEntry of(Signatory s) {
			SignatoryEntry e = new SignatoryEntry();
			e.name = s.name();
			e.function = s.function();
			e.partyId = s.partyId();
			e.capacity = s.capacity().name();
			return e;
		}

		/** Blank whatever the capacity says: a fresh row already has one chosen. */
		boolean isBlank() {
			return blank(name) && blank(function) && blank(partyId);
		}

		Signatory toSignatory() {
			return new Signatory(name == null ? "" : name.strip(), nullIfBlank(function), nullIfBlank(partyId),
					capacity());
		}

		/** Null for a value that is no capacity, which the rules then refuse. */
		private Signatory.@Nullable Capacity capacity() {
			for (Signatory.Capacity c : Signatory.Capacity.values()) {
				if (c.name().equalsIgnoreCase(capacity.strip())) {
					return c;
				}
			}
			return null;
		}

		// @formatter:off
		public @Nullable String getName() { return name; }
		public void setName(@Nullable String v) { name = v; }
		public @Nullable String getFunction() { return function; }
		public void setFunction(@Nullable String v) { function = v; }
		public @Nullable String getPartyId() { return partyId; }
		public void setPartyId(@Nullable String v) { partyId = v; }
		public String getCapacity() { return capacity; }
		public void setCapacity(@Nullable String v) { capacity = v == null ? "" : v; }
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
		f.signatories = new ArrayList<>(d.signatories().stream().map(SignatoryEntry::of).toList());
		f.commitments = new ArrayList<>(d.commitments().stream().map(Row::of).toList());
		f.version = d.version();
		return f.withSpareRows();
	}

	/**
	 * Blank rows at the end topped up to {@link #SPARE_ROWS}. Cleared rows in between
	 * stay where they are, so an error found in row 3 is still shown at row 3.
	 */
	AgreementForm withSpareRows() {
		spare(signatories, SignatoryEntry::isBlank, SignatoryEntry::new);
		spare(commitments, Row::isBlank, Row::new);
		return this;
	}

	private static <T> void spare(List<T> rows, Predicate<T> isBlank, Supplier<T> blank) {
		while (!rows.isEmpty() && isBlank.test(rows.get(rows.size() - 1))) {
			rows.remove(rows.size() - 1);
		}
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(blank.get());
		}
	}

	/**
	 * One more blank row of {@code rows} ({@code signatory} or {@code commitment}), for
	 * the "add a row" buttons that work without script; the rows as entered stay, so each
	 * click adds one.
	 */
	AgreementForm withOneMoreRow(String rows) {
		if (rows.equals("signatory")) {
			signatories.add(new SignatoryEntry());
		}
		else if (rows.equals("commitment")) {
			commitments.add(new Row());
		}
		return this;
	}

	AgreementDraft toDraft() {
		List<CommitmentDraft> rows = commitments.stream().filter(r -> !r.isBlank()).map(Row::toDraft).toList();
		return new AgreementDraft(id, kind, texts(titleDe, titleEn, titleJa), texts(summaryDe, summaryEn, summaryJa),
				texts(fullTextDe, fullTextEn, fullTextJa), signedOn, signedPrecision, signedPlace, occasion, startsOn,
				endsOn, programme, parties,
				signatories.stream().filter(s -> !s.isBlank()).map(SignatoryEntry::toSignatory).toList(), rows,
				version);
	}

	/**
	 * The form field that shows a problem the rules named in API terms. Blank rows are
	 * dropped before checking, so row indexes are mapped back to the rows as shown.
	 */
	String formField(String field) {
		if (field.equals("titles")) {
			return "titleEn";
		}
		if (field.startsWith("commitments[")) {
			int index = Integer.parseInt(field.substring(12, field.indexOf(']')));
			String rest = field.substring(field.indexOf(']') + 2);
			int row = nonBlankRow(commitments, Row::isBlank, index);
			return "commitments[" + row + "]." + (rest.equals("text") ? "textEn" : rest);
		}
		if (field.startsWith("signatories[")) {
			int index = Integer.parseInt(field.substring(12, field.indexOf(']')));
			String rest = field.substring(field.indexOf(']') + 2);
			return "signatories[" + nonBlankRow(signatories, SignatoryEntry::isBlank, index) + "]." + rest;
		}
		return field;
	}

	private static <T> int nonBlankRow(List<T> rows, Predicate<T> isBlank, int index) {
		int seen = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (!isBlank.test(rows.get(i)) && ++seen == index) {
				return i;
			}
		}
		return index;
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

	private static @Nullable String nullIfBlank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
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
	public List<SignatoryEntry> getSignatories() { return signatories; }
	public void setSignatories(@Nullable List<SignatoryEntry> v) { signatories = v == null ? new ArrayList<>() : v; }
	public List<String> getParties() { return parties; }
	public void setParties(List<String> v) { parties = v; }
	public List<Row> getCommitments() { return commitments; }
	public void setCommitments(List<Row> v) { commitments = v; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long v) { version = v; }
	// @formatter:on

}
