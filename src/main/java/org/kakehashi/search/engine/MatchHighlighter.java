package org.kakehashi.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks what matched in a description. Lucene's highlighters only know query terms, but a
 * German query often matches a Japanese description through a concept; so concept
 * mentions (found by the same extractor that indexed them) are marked as well as matching
 * words.
 */
final class MatchHighlighter {

	private static final int MAX_FRAGMENTS = 2;

	private static final int MAX_FRAGMENT_CHARS = 240;

	private final ConceptExtractor extractor;

	private final LanguageAnalyzers analyzers;

	MatchHighlighter(ConceptExtractor extractor, LanguageAnalyzers analyzers) {
		this.extractor = extractor;
		this.analyzers = analyzers;
	}

	private record Span(int start, int end) {
	}

	private record Fragment(String lang, int start, int end, List<Span> spans) {
	}

	/**
	 * @param descriptions the organisation's descriptions by language
	 * @param lang the asker's language, whose description is preferred
	 * @param concepts concept ids whose mentions to mark
	 * @param termsByField analysed query terms per text field
	 */
	List<String> highlight(Map<String, String> descriptions, String lang, Set<String> concepts,
			Map<String, Set<String>> termsByField) {
		List<Fragment> best = new ArrayList<>();
		for (Map.Entry<String, String> d : descriptions.entrySet()) {
			String text = d.getValue();
			List<Span> spans = new ArrayList<>();
			extractor.extract(text)
				.stream()
				.filter(m -> concepts.contains(m.conceptId()))
				.forEach(m -> spans.add(new Span(m.start(), m.end())));
			Set<String> terms = termsByField.getOrDefault(IndexFields.text(d.getKey()), Set.of());
			if (mayContain(text, terms) && Languages.ALL.contains(d.getKey())) {
				termSpans(d.getKey(), text, terms, spans);
			}
			if (!spans.isEmpty()) {
				best.add(bestSentence(d.getKey(), text, spans));
			}
		}
		best.sort(Comparator.comparing((Fragment f) -> !f.lang().equals(lang)).thenComparing(f -> -f.spans().size()));
		List<String> out = new ArrayList<>();
		for (Fragment f : best.subList(0, Math.min(MAX_FRAGMENTS, best.size()))) {
			out.add(render(descriptions.get(f.lang()), f));
		}
		return out;
	}

	/**
	 * Analysing a description (Kuromoji above all) is the costly part of highlighting;
	 * skip it when no query term's first letters occur in the text at all. Stems and base
	 * forms keep their first letters, so this rarely skips a description that has a
	 * match.
	 */
	private static boolean mayContain(String text, Set<String> terms) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String t : terms) {
			if (lower.contains(t.substring(0, Math.min(3, t.length())))) {
				return true;
			}
		}
		return false;
	}

	private void termSpans(String lang, String text, Set<String> terms, List<Span> spans) {
		if (lang.equals(Languages.JA)) {
			// Kuromoji's terms are mostly surface forms: finding them is far cheaper than
			// re-analysing
			for (String t : terms) {
				for (int i = t.length() < 2 ? -1 : text.indexOf(t); i >= 0; i = text.indexOf(t, i + t.length())) {
					spans.add(new Span(i, i + t.length()));
				}
			}
			return;
		}
		try (TokenStream ts = analyzers.forLanguage(lang).tokenStream(IndexFields.text(lang), text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				if (terms.contains(term.toString())) {
					spans.add(new Span(offset.startOffset(), offset.endOffset()));
				}
			}
			ts.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Fragment bestSentence(String lang, String text, List<Span> spans) {
		Fragment best = null;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			boolean end = i == text.length() || ".!?。！？\n".indexOf(text.charAt(i)) >= 0;
			if (end) {
				int s = start;
				int e = Math.min(text.length(), i + 1);
				List<Span> inside = spans.stream().filter(sp -> sp.start() >= s && sp.end() <= e).toList();
				if (!inside.isEmpty() && (best == null || inside.size() > best.spans().size())) {
					best = new Fragment(lang, s, e, inside);
				}
				start = e;
			}
		}
		return best != null ? best : new Fragment(lang, 0, text.length(), spans);
	}

	private static String render(String text, Fragment f) {
		List<Span> spans = new ArrayList<>(f.spans());
		spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
		int from = f.start();
		int to = Math.min(f.end(), f.start() + MAX_FRAGMENT_CHARS);
		StringBuilder sb = new StringBuilder();
		int pos = from;
		for (Span s : spans) {
			if (s.start() < pos || s.end() > to) {
				continue; // overlapping or beyond the cut
			}
			escape(text.substring(pos, s.start()), sb);
			sb.append("<mark>");
			escape(text.substring(s.start(), s.end()), sb);
			sb.append("</mark>");
			pos = s.end();
		}
		escape(text.substring(pos, to), sb);
		return sb.toString().strip() + (to < f.end() ? "…" : "");
	}

	private static void escape(String s, StringBuilder sb) {
		for (char c : s.toCharArray()) {
			switch (c) {
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '&' -> sb.append("&amp;");
				case '"' -> sb.append("&quot;");
				case '\'' -> sb.append("&#39;");
				default -> sb.append(c);
			}
		}
	}

}
