package org.kakehashi.events.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.kakehashi.events.AgendaItem;
import org.kakehashi.events.Event;
import org.kakehashi.events.Participant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a personal agenda as PDF. Japanese names and labels need a CJK font inside the
 * file (a reader may have none), so the IPAex Gothic font shipped in the jar
 * ({@code fonts/ipaexg.ttf}, IPA Font License) is embedded as a subset; it also covers
 * Latin text.
 */
@Component
public class AgendaPdf {

	static final String FONT = "fonts/ipaexg.ttf";

	private final MessageSource messages;

	private final byte[] fontBytes;

	AgendaPdf(MessageSource messages) {
		this.messages = messages;
		try (InputStream in = AgendaPdf.class.getClassLoader().getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException(FONT + " is missing from the class path");
			}
			this.fontBytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] render(Event event, Participant p, List<AgendaItem> agenda, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.open();
		BaseFont base = font();
		Font title = new Font(base, 16, Font.BOLD);
		Font text = new Font(base, 10);
		document.add(new Paragraph(event.names().in(locale), title));
		document.add(new Paragraph(text(locale, "agenda.for", p.displayName()), text));
		document.add(new Paragraph(" ", text));
		document.add(table(event, p, agenda, locale, new Font(base, 10, Font.BOLD), text));
		if (agenda.isEmpty()) {
			document.add(new Paragraph(text(locale, "agenda.empty"), text));
		}
		document.close();
		return out.toByteArray();
	}

	private PdfPTable table(Event event, Participant p, List<AgendaItem> agenda, Locale locale, Font head, Font text) {
		PdfPTable table = new PdfPTable(new float[] { 3, 3, 4, 1 });
		table.setWidthPercentage(100);
		ZoneId eventZone = ZoneId.of(event.timeZone());
		for (String key : List.of("agenda.localTime", "agenda.yourTime", "agenda.with", "agenda.table")) {
			table.addCell(new Phrase(text(locale, key), head));
		}
		DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		for (AgendaItem item : agenda) {
			table.addCell(new Phrase(
					f.format(item.slot().startsAt().atZoneSameInstant(eventZone)) + " (" + eventZone.getId() + ")",
					text));
			table.addCell(new Phrase(
					f.format(item.slot().startsAt().atZoneSameInstant(p.zone())) + " (" + p.timeZone() + ")", text));
			table.addCell(new Phrase(item.with().displayName(), text));
			table.addCell(new Phrase(String.valueOf(item.booking().table()), text));
		}
		return table;
	}

	private BaseFont font() {
		try {
			return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
