package org.kakehashi.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * One analyzer per language. Japanese: Kuromoji in search mode (base forms, katakana
 * stems, width normalization). English: possessives, stop words, Porter stemming. German:
 * compound splitting against a dictionary made of the thesaurus' German label words, then
 * German normalization and light stemming, so "Krebsimmuntherapie" also indexes "krebs"
 * and "immuntherapie".
 */
public final class LanguageAnalyzers {

	/**
	 * Word parts common in German life-science compounds, whether or not the thesaurus
	 * has them.
	 */
	private static final List<String> COMMON_GERMAN_PARTS = List.of("zell", "zellen", "therapie", "forschung",
			"entwicklung", "herstellung", "medizin", "diagnostik", "analytik", "technik", "technologie", "wirkstoff",
			"protein", "krebs", "tumor", "immun", "gen", "impf", "stoff", "labor", "klinik", "studie", "studien",
			"arznei", "mittel", "geraet", "software", "daten", "bio", "molekular", "biologie", "chemie", "pharma");

	private final Analyzer german;

	private final Analyzer english = new EnglishAnalyzer();

	private final Analyzer japanese = new JapaneseAnalyzer();

	private final Analyzer keyword;

	public LanguageAnalyzers(Thesaurus thesaurus) {
		CharArraySet dictionary = new CharArraySet(germanParts(thesaurus), true);
		this.german = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream s = new LowerCaseFilter(source);
				s = new StopFilter(s, GermanAnalyzer.getDefaultStopSet());
				s = new DictionaryCompoundWordTokenFilter(s, dictionary, 6, 3, 20, true);
				s = new GermanNormalizationFilter(s);
				s = new GermanLightStemFilter(s);
				return new TokenStreamComponents(source, s);
			}

			@Override
			protected TokenStream normalize(String field, TokenStream in) {
				return new GermanNormalizationFilter(new LowerCaseFilter(in));
			}
		};
		this.keyword = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				StandardTokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
			}
		};
	}

	static Set<String> germanParts(Thesaurus thesaurus) {
		Set<String> parts = new TreeSet<>(COMMON_GERMAN_PARTS);
		thesaurus.concepts().forEach(c -> c.labels().getOrDefault(Languages.DE, List.of()).forEach(label -> {
			for (String word : Thesaurus.normalize(label).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() >= 4) {
					parts.add(word);
				}
			}
		}));
		return parts;
	}

	public Analyzer forLanguage(String lang) {
		return switch (lang) {
			case Languages.DE -> german;
			case Languages.JA -> japanese;
			default -> english;
		};
	}

	/**
	 * Free keywords are short and of unknown language: lower-cased and accent-folded
	 * only.
	 */
	public Analyzer keyword() {
		return keyword;
	}

	/** Routes every language's text field to its analyzer for indexing. */
	public Analyzer perField() {
		Map<String, Analyzer> fields = new HashMap<>();
		for (String lang : Languages.ALL) {
			fields.put(IndexFields.text(lang), forLanguage(lang));
		}
		fields.put(IndexFields.KEYWORDS, keyword);
		return new PerFieldAnalyzerWrapper(keyword, fields);
	}

	/**
	 * The terms {@code analyzer} makes of {@code text}, distinct, in order, each with the
	 * words of {@code text} it came from (as typed), so that a match can be explained in
	 * the asker's own words.
	 */
	static Map<String, String> termWords(Analyzer analyzer, String field, String text) {
		Map<String, String> out = new LinkedHashMap<>();
		try (TokenStream ts = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				int start = Math.max(0, Math.min(offset.startOffset(), text.length()));
				int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
				out.putIfAbsent(term.toString(), text.substring(start, end));
			}
			ts.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/** The terms {@code analyzer} makes of {@code text}, distinct, in order. */
	static Set<String> terms(Analyzer analyzer, String field, String text) {
		Set<String> out = new LinkedHashSet<>();
		try (TokenStream ts = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(term.toString());
			}
			ts.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
