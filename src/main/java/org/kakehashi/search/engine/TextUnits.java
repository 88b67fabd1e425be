package org.kakehashi.search.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text of any of our languages into units for label matching: Latin-script words
 * (width-normalized, umlauts folded, lightly stemmed) and single CJK characters. Single
 * characters let Japanese labels match inside text without spaces; stemming both labels
 * and text the same crude way makes "therapies", "Therapien" and "therapie" meet.
 */
final class TextUnits {

	/**
	 * @param key stemmed form compared with label keys
	 * @param folded unstemmed folded word, used to find labels inside German compounds
	 * @param start offset of the first char in the original text
	 * @param end offset after the last char in the original text
	 * @param cjk whether this unit is one CJK character
	 */
	record Unit(String key, String folded, int start, int end, boolean cjk) {
	}

	private TextUnits() {
	}

	static List<Unit> split(String text) {
		List<Unit> units = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		int wordStart = -1;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			if (cp < 0x80) { // ASCII needs no normalization: the common case, kept cheap
				if (Character.isLetterOrDigit(cp)) {
					if (wordStart < 0) {
						wordStart = i;
					}
					word.append((char) Character.toLowerCase(cp));
				}
				else {
					wordStart = flush(units, word, wordStart, i);
				}
				i = next;
				continue;
			}
			if (absorbedIntoKatakanaWord(text, cp, i, next, units)) {
				// センサー and センサ, インジェクタブル・ハイドロゲル and インジェクタブルハイドロゲル are
				// the same words: a final long-vowel mark and a middle dot between
				// katakana
				// belong to the unit before them and make no unit of their own
				Unit last = units.remove(units.size() - 1);
				units.add(new Unit(last.key(), last.folded(), last.start(), next, true));
				i = next;
				continue;
			}
			if (isStableCjk(cp)) { // kana and common kanji are already NFKC: skip the
									// normalizer
				wordStart = flush(units, word, wordStart, i);
				String c = String.valueOf((char) cp);
				units.add(new Unit(c, c, i, next, true));
				i = next;
				continue;
			}
			String n = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
				.toLowerCase(Locale.ROOT);
			if (isCjk(n)) {
				wordStart = flush(units, word, wordStart, i);
				units.add(new Unit(n, n, i, next, true));
			}
			else if (isWordChar(n)) {
				if (wordStart < 0) {
					wordStart = i;
				}
				word.append(fold(n));
			}
			else {
				wordStart = flush(units, word, wordStart, i);
			}
			i = next;
		}
		flush(units, word, wordStart, text.length());
		return units;
	}

	private static int flush(List<Unit> units, StringBuilder word, int start, int end) {
		if (start >= 0 && !word.isEmpty()) {
			String folded = word.toString();
			units.add(new Unit(stem(folded), folded, start, end, false));
		}
		word.setLength(0);
		return -1;
	}

	private static boolean absorbedIntoKatakanaWord(String text, int cp, int i, int next, List<Unit> units) {
		if ((cp != 0x30FC && cp != 0x30FB) || units.isEmpty()) {
			return false;
		}
		Unit last = units.get(units.size() - 1);
		if (!last.cjk() || last.end() != i || !Loanwords.isKatakana(last.key().charAt(0))
				|| last.key().charAt(0) == 0x30FC) {
			return false;
		}
		boolean katakanaFollows = next < text.length() && Loanwords.isKatakana(text.charAt(next))
				&& text.charAt(next) != 0x30FC && text.charAt(next) != 0x30FB;
		return cp == 0x30FC ? !katakanaFollows : katakanaFollows;
	}

	/**
	 * Hiragana, full-width katakana, the prolonged sound mark and CJK unified ideographs.
	 */
	private static boolean isStableCjk(int cp) {
		return (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC
				|| (cp >= 0x4E00 && cp <= 0x9FFF);
	}

	private static boolean isCjk(String s) {
		if (s.isEmpty()) {
			return false;
		}
		int cp = s.codePointAt(0);
		if (cp == 0x30FC || cp == 0x3005) { // prolonged sound mark and 々 belong to the
											// word
			return true;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}

	private static boolean isWordChar(String s) {
		return !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
	}

	/**
	 * Umlauts as their two-letter spelling so that "Antikörper" meets "Antikoerper";
	 * accents dropped.
	 */
	static String fold(String s) {
		if (s.chars().allMatch(c -> c < 0x80)) {
			return s;
		}
		String r = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
		return Normalizer.normalize(r, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	/**
	 * A deliberately crude shared stemmer for English and German plural and case endings.
	 * It only has to map singular and plural to the same key; both labels and text go
	 * through it.
	 */
	static String stem(String w) {
		String s = w;
		if (s.length() > 4 && s.endsWith("ies")) {
			s = s.substring(0, s.length() - 3) + "y";
		}
		else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
			s = s.substring(0, s.length() - 1);
		}
		if (s.length() > 5 && s.endsWith("en")) {
			s = s.substring(0, s.length() - 2);
		}
		else if (s.length() > 5 && s.endsWith("ern")) {
			s = s.substring(0, s.length() - 1);
		}
		else if (s.length() > 4 && s.endsWith("e")) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}

}
