package org.kakehashi.search.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Connects Japanese loanwords written in katakana with the English or German words they
 * come from, through a shared consonant key: バイオプリンティング and "bioprinting" both become
 * {@code bprntng}, マイクロニードル and "microneedle" {@code mkrndr}.
 * <p>
 * Katakana spells a foreign word's sounds with a vowel after almost every consonant, and
 * Japanese merges several English sounds (l and r, b and v, s and th); the vowels are the
 * least reliable part of a transcription. So both sides are reduced to the consonants
 * they pronounce, in classes Japanese keeps apart. English spelling is pronounced with a
 * handful of rules (soft c and g, ph, th, -tion, silent e, r after a vowel as in マーカー
 * "marker"); since Japanese sometimes keeps that r (オルガノイド "organoid") and many medical
 * loanwords come from German (ゲノム, アレルギー), a Latin word has up to three keys. Keys
 * shorter than {@link #MIN_KEY} consonants say too little and are not produced.
 */
final class Loanwords {

	/** Consonants a key needs at least; "ksm" (exosome) is the shortest useful one. */
	static final int MIN_KEY = 3;

	/** Katakana runs shorter than this are rarely loanwords worth matching. */
	private static final int MIN_KANA = 3;

	/** A run of katakana in a text, with its offsets. */
	record Run(String text, int start, int end) {
	}

	private Loanwords() {
	}

	/** The runs of katakana in {@code text}; a middle dot (ドラッグ・デリバリー) joins. */
	static List<Run> katakanaRuns(String text) {
		List<Run> runs = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			if (!isKatakana(text.charAt(i)) || text.charAt(i) == 'ー' || text.charAt(i) == '・') {
				i++;
				continue;
			}
			int start = i;
			StringBuilder run = new StringBuilder();
			while (i < text.length() && isKatakana(text.charAt(i))) {
				if (text.charAt(i) != '・') {
					run.append(text.charAt(i));
				}
				i++;
			}
			int end = i;
			while (end > start && text.charAt(end - 1) == '・') {
				end--;
			}
			if (run.length() >= MIN_KANA) {
				runs.add(new Run(run.toString(), start, end));
			}
		}
		return runs;
	}

	static boolean isKatakana(char c) {
		return (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || c == '・';
	}

	/** The key of a katakana word, or null if it is too short to say anything. */
	static String kanaKey(String kana) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < kana.length(); i++) {
			char c = kana.charAt(i);
			char next = i + 1 < kana.length() ? kana.charAt(i + 1) : 0;
			if (c == 'ウ' && (next == 'ィ' || next == 'ェ' || next == 'ォ')) {
				append(key, 'w');
				continue;
			}
			append(key, kanaConsonant(c));
		}
		return key.length() >= MIN_KEY ? key.toString() : null;
	}

	/**
	 * Katakana rows and the consonant class each stands for; チ is "t" as in ペプチド
	 * "peptide" and チップ "chip".
	 */
	private static final String[][] ROWS = { { "カキクケコ", "kkkkk" }, { "ガギグゲゴ", "ggggg" }, { "サシスセソ", "sssss" },
			{ "ザジズゼゾ", "sjsss" }, { "タチツテト", "ttttt" }, { "ダヂヅデド", "djddd" }, { "ナニヌネノ", "nnnnn" },
			{ "ハヒフヘホ", "hhfhh" }, { "バビブベボ", "bbbbb" }, { "パピプペポ", "ppppp" }, { "マミムメモ", "mmmmm" },
			{ "ラリルレロ", "rrrrr" }, { "ワンヴ", "wnb" } };

	private static char kanaConsonant(char c) {
		for (String[] row : ROWS) {
			int i = row[0].indexOf(c);
			if (i >= 0) {
				return row[1].charAt(i);
			}
		}
		return 0;
	}

	/**
	 * The keys of a Latin-script word (folded to ASCII, lower case): English
	 * pronunciation with and without r after a vowel, and German pronunciation; empty if
	 * too short.
	 */
	static Set<String> latinKeys(String word) {
		return cached(GERMAN_TOO, word, Loanwords::computeLatinKeys);
	}

	private static Set<String> computeLatinKeys(String word) {
		Set<String> keys = new LinkedHashSet<>(3);
		if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
			return keys;
		}
		addIfLong(keys, english(word, true));
		addIfLong(keys, english(word, false));
		addIfLong(keys, german(word));
		return keys;
	}

	/** The keys of a word of an English text: English pronunciation only. */
	static Set<String> englishKeys(String word) {
		return cached(ENGLISH, word, Loanwords::computeEnglishKeys);
	}

	/**
	 * Words repeat across a directory: indexing computes each word's keys once. Bounded
	 * by clearing, which costs only recomputation. The bound is small because every new
	 * text brings words never seen again (names, pairs of words): a soak added about
	 * 46,000 entries in 25 minutes, so at 100,000 per map (about 20 MB together) live
	 * data climbed for hours before the bound was reached (issue 9).
	 */
	private static Set<String> cached(Map<String, Set<String>> cache, String word,
			Function<String, Set<String>> compute) {
		Set<String> keys = cache.get(word);
		if (keys == null) {
			if (cache.size() > MAX_CACHED) {
				cache.clear();
			}
			keys = Set.copyOf(compute.apply(word));
			cache.put(word, keys);
		}
		return keys;
	}

	private static final int MAX_CACHED = 10_000;

	private static final Map<String, Set<String>> GERMAN_TOO = new ConcurrentHashMap<>();

	private static final Map<String, Set<String>> ENGLISH = new ConcurrentHashMap<>();

	private static Set<String> computeEnglishKeys(String word) {
		Set<String> keys = new LinkedHashSet<>(2);
		if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
			return keys;
		}
		addIfLong(keys, english(word, true));
		addIfLong(keys, english(word, false));
		return keys;
	}

	private static void addIfLong(Set<String> keys, String key) {
		if (key.length() >= MIN_KEY) {
			keys.add(key);
		}
	}

	private static boolean vowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
	}

	private static char at(String w, int i) {
		return i >= 0 && i < w.length() ? w.charAt(i) : 0;
	}

	/** Consonant classes of an English word as a Japanese ear hears it. */
	static String english(String w, boolean keepR) {
		StringBuilder key = new StringBuilder();
		int i = 0;
		if (w.startsWith("kn") || w.startsWith("gn") || w.startsWith("pn") || w.startsWith("ps")) {
			i = 1;
		}
		while (i < w.length()) {
			char c = w.charAt(i);
			char n = at(w, i + 1);
			char k;
			int step = 1;
			if (vowel(c) || c == 'h' && i > 0 || c == 'w' && i > 0 && vowel(at(w, i - 1))) {
				k = 0;
			}
			else if (c == 'c' && n == 'h') {
				boolean hard = w.startsWith("chr", i) || w.startsWith("chem", i) || w.startsWith("chol", i)
						|| w.startsWith("chlo", i) || w.startsWith("chi", i) && i > 0;
				k = hard ? 'k' : 't';
				step = 2;
			}
			else if ((c == 's' || c == 't') && n == 'h') {
				k = 's';
				step = 2;
			}
			else if (c == 'p' && n == 'h') {
				k = 'f';
				step = 2;
			}
			else if (c == 't' && n == 'i' && vowel(at(w, i + 2)) || c == 's' && n == 'i' && at(w, i + 2) == 'o') {
				k = 's'; // -tion, -sion, -tial: ション, シャル
			}
			else if (c == 't' && n == 'u' && at(w, i + 2) == 'r') {
				k = 't'; // culture: カルチャー
			}
			else if (c == 'c') {
				k = n == 'e' || n == 'i' || n == 'y' ? 's' : 'k';
				if (n == 'k' || n == 'q') {
					step = 2;
				}
			}
			else if (c == 'g') {
				k = (n == 'e' || n == 'i' || n == 'y') && i > 0 ? 'j' : 'g';
			}
			else if (c == 'q') {
				k = 'k';
				if (n == 'u') {
					step = 2;
				}
			}
			else if (c == 'x') {
				key.append(i == 0 ? "" : "k");
				k = 's';
			}
			else if (c == 'r') {
				// r after a vowel and not before a sounded one: marker マーカー, sorting
				// ソーティング
				boolean sounded = vowel(n) && !(n == 'e' && i + 2 == w.length());
				k = keepR || sounded || i == 0 || !vowel(at(w, i - 1)) ? 'r' : 0;
			}
			else if (c == 'm' && (n == 'p' || n == 'b')) {
				k = 'n'; // implant インプラント
			}
			else {
				k = common(c);
			}
			append(key, k);
			i += step;
		}
		return key.toString();
	}

	/** Consonant classes of a German word (Allergie アレルギー, Genom ゲノム). */
	static String german(String w) {
		StringBuilder key = new StringBuilder();
		int i = 0;
		while (i < w.length()) {
			char c = w.charAt(i);
			char n = at(w, i + 1);
			char k;
			int step = 1;
			if (vowel(c) || c == 'h' && i > 0 || c == 'j') {
				k = 0;
			}
			else if (w.startsWith("sch", i)) {
				k = 's';
				step = 3;
			}
			else if (c == 'c' && n == 'h') {
				k = 'k';
				step = 2;
			}
			else if (c == 'c' && n == 'k') {
				k = 'k';
				step = 2;
			}
			else if (c == 'p' && n == 'h') {
				k = 'f';
				step = 2;
			}
			else if (c == 't' && n == 'h') {
				k = 't';
				step = 2;
			}
			else if (c == 't' && n == 'i' && vowel(at(w, i + 2))) {
				k = 's'; // Station: ツィオン, as in English loans ション
			}
			else if (c == 'c') {
				k = n == 'e' || n == 'i' ? 's' : 'k';
			}
			else if (c == 'w') {
				k = 'b';
			}
			else if (c == 'v') {
				k = 'f';
			}
			else if (c == 'x') {
				key.append('k');
				k = 's';
			}
			else {
				k = common(c);
			}
			append(key, k);
			i += step;
		}
		return key.toString();
	}

	private static char common(char c) {
		return switch (c) {
			case 'l' -> 'r';
			case 'v' -> 'b';
			case 'z' -> 's';
			case 'j' -> 'j';
			case 'q' -> 'k';
			default -> Character.isLetter(c) ? c : 0;
		};
	}

	/** Doubled letters ("cell", "ck") sound once: セル. */
	private static void append(StringBuilder key, char k) {
		if (k != 0 && (key.isEmpty() || key.charAt(key.length() - 1) != k)) {
			key.append(k);
		}
	}

}
