package org.kakehashi.reports.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Prints a report as PDF: the same tables as the page, each charted table with the same
 * bar chart drawn as vectors. Japanese needs a CJK font inside the file (a reader may
 * have none), so the IPAex Gothic font shipped in the jar ({@code fonts/ipaexg.ttf}, IPA
 * Font License, also used for agendas) is embedded as a subset; it covers Latin text too.
 * The German/Japanese edition puts both languages side by side, section by section.
 */
@Component
class ReportPdf {

	static final String FONT = "fonts/ipaexg.ttf";

	/** The series colours of app.css ({@code .chart-series-N}). */
	static final Color[] SERIES = { new Color(0x1f, 0x5f, 0xa8), new Color(0xd9, 0x82, 0x2b),
			new Color(0x3a, 0x8f, 0x5c), new Color(0x8a, 0x5f, 0xa8) };

	private final byte[] fontBytes;

	ReportPdf() {
		try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException(FONT + " is missing from the class path");
			}
			this.fontBytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] render(ReportView view) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(view.title());
		document.open();
		Fonts f = fonts();
		document.add(new Paragraph(view.title(), f.title()));
		document.add(new Paragraph(view.period(), f.text()));
		for (ReportTable table : view.tables()) {
			for (Element e : section(writer, table, f, document.right() - document.left())) {
				document.add(e);
			}
		}
		for (Element e : commitments(view.commitments(), f)) {
			document.add(e);
		}
		document.close();
		return out.toByteArray();
	}

	/** German and Japanese side by side: each section in two columns. */
	byte[] renderSideBySide(ReportView de, ReportView ja) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(de.title() + " / " + ja.title());
		document.open();
		Fonts f = fonts();
		document.add(columns(List.of(new Paragraph(de.title(), f.title()), new Paragraph(de.period(), f.text())),
				List.of(new Paragraph(ja.title(), f.title()), new Paragraph(ja.period(), f.text()))));
		float column = (document.right() - document.left()) / 2 - 12;
		for (int i = 0; i < de.tables().size(); i++) {
			document.add(columns(section(writer, de.tables().get(i), f, column),
					section(writer, ja.tables().get(i), f, column)));
		}
		document.add(columns(commitments(de.commitments(), f), commitments(ja.commitments(), f)));
		document.close();
		return out.toByteArray();
	}

	private static PdfPTable columns(List<Element> left, List<Element> right) {
		PdfPTable two = new PdfPTable(2);
		two.setWidthPercentage(100);
		two.setSplitLate(false);
		for (List<Element> side : List.of(left, right)) {
			PdfPCell cell = new PdfPCell();
			cell.setBorder(PdfPCell.NO_BORDER);
			cell.setPaddingRight(8);
			side.forEach(cell::addElement);
			two.addCell(cell);
		}
		return two;
	}

	private List<Element> section(PdfWriter writer, ReportTable table, Fonts f, float width) {
		List<Element> elements = new ArrayList<>();
		Paragraph heading = new Paragraph(table.title(), f.heading());
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		elements.add(heading);
		if (table.charted() && !table.isEmpty()) {
			elements.add(chart(writer, table.chart(), f.base(), width));
			if (table.columns().size() > 1) {
				elements.add(legend(table.columns(), f));
			}
		}
		float[] widths = new float[table.columns().size() + 1];
		widths[0] = 3;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = 1.2f;
		}
		PdfPTable pdf = new PdfPTable(widths);
		pdf.setWidthPercentage(100);
		pdf.setHeaderRows(1);
		pdf.addCell(new Phrase("", f.bold()));
		table.columns().forEach(c -> pdf.addCell(new Phrase(c, f.bold())));
		for (ReportTable.Row row : table.rows()) {
			pdf.addCell(new Phrase(row.label(), f.text()));
			for (int v : row.values()) {
				PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(v), f.text()));
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				pdf.addCell(cell);
			}
		}
		elements.add(pdf);
		return elements;
	}

	private static List<Element> commitments(ReportView.CommitmentMatrix m, Fonts f) {
		List<Element> elements = new ArrayList<>();
		Paragraph heading = new Paragraph(m.title(), f.heading());
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		elements.add(heading);
		if (m.lines().isEmpty()) {
			return elements;
		}
		float[] widths = new float[m.years().size() + 1];
		widths[0] = Math.max(3, m.years().size());
		for (int i = 1; i < widths.length; i++) {
			widths[i] = 1;
		}
		PdfPTable pdf = new PdfPTable(widths);
		pdf.setWidthPercentage(100);
		pdf.setHeaderRows(1);
		pdf.addCell(new Phrase(m.header(), f.bold()));
		m.years().forEach(y -> pdf.addCell(new Phrase(String.valueOf(y), f.bold())));
		for (ReportView.CommitmentMatrix.Line line : m.lines()) {
			pdf.addCell(new Phrase(line.text(), f.small()));
			line.states().forEach(s -> pdf.addCell(new Phrase(s, f.small())));
		}
		elements.add(pdf);
		return elements;
	}

	/** The chart as vector graphics, laid out exactly as on the page. */
	/** The colours of the series, as on the page. */
	private static Paragraph legend(List<String> series, Fonts f) {
		Paragraph legend = new Paragraph();
		legend.setSpacingAfter(4);
		for (int i = 0; i < series.size(); i++) {
			legend.add(new Chunk("■ ", new Font(f.base(), 9, Font.NORMAL, SERIES[i % SERIES.length])));
			legend.add(new Chunk(series.get(i) + "    ", f.small()));
		}
		return legend;
	}

	/**
	 * The chart as vector graphics, laid out exactly as on the page, at most
	 * {@code width} wide.
	 */
	private static Image chart(PdfWriter writer, BarChart chart, BaseFont font, float width) {
		PdfContentByte canvas = writer.getDirectContent();
		PdfTemplate t = canvas.createTemplate(chart.width(), chart.height() + 16);
		float h = chart.height();
		for (BarChart.Bar b : chart.bars()) {
			t.setColorFill(SERIES[b.series() % SERIES.length]);
			t.rectangle(b.x(), h - b.y() - b.height(), b.width(), b.height());
			t.fill();
		}
		t.beginText();
		t.setFontAndSize(font, 8);
		t.setColorFill(Color.DARK_GRAY);
		for (BarChart.Label l : chart.labels()) {
			t.showTextAligned(PdfContentByte.ALIGN_RIGHT, fit(l.text(), font, BarChart.LABEL_WIDTH - 12), l.x(),
					h - l.y(), 0);
		}
		for (BarChart.Bar b : chart.bars()) {
			t.showTextAligned(PdfContentByte.ALIGN_LEFT, String.valueOf(b.value()), b.textX(), h - b.textY(), 0);
		}
		t.endText();
		try {
			Image image = Image.getInstance(t);
			float scale = Math.min(0.9f, width / chart.width());
			image.scaleAbsolute(chart.width() * scale, (chart.height() + 16) * scale);
			return image;
		}
		catch (com.lowagie.text.BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Shortens a label with an ellipsis to fit {@code width} points. */
	private static String fit(String text, BaseFont font, float width) {
		if (font.getWidthPoint(text, 8) <= width) {
			return text;
		}
		String s = text;
		while (s.length() > 1 && font.getWidthPoint(s + "…", 8) > width) {
			s = s.substring(0, s.length() - 1);
		}
		return s + "…";
	}

	private Fonts fonts() {
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes, null);
			return new Fonts(base);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Fonts(BaseFont base) {

		Font title() {
			return new Font(base, 15, Font.BOLD);
		}

		Font heading() {
			return new Font(base, 12, Font.BOLD);
		}

		Font bold() {
			return new Font(base, 9, Font.BOLD);
		}

		Font text() {
			return new Font(base, 9);
		}

		Font small() {
			return new Font(base, 8);
		}

	}

}
