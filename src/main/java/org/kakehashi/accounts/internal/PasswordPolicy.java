package org.kakehashi.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.kakehashi.accounts.PasswordWeakness;

/**
 * Passwords per NIST SP 800-63B 5.1.1.2: at least 12 characters, no composition rules,
 * and never a value known to be common (the shipped list in
 * {@code security/common-passwords.txt}, also with digits or symbols appended, or in
 * "leet" spelling), repetitive or sequential, or made of the user's own names.
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 200;

	/** Context-specific words (NIST): the service's own name. */
	private static final Set<String> SERVICE_WORDS = Set.of("kakehashi");

	private final Set<String> common;

	private PasswordPolicy(Set<String> common) {
		this.common = common;
	}

	/** The policy with the list shipped in the application. */
	public static PasswordPolicy shipped() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("security/common-passwords.txt is missing from the application");
			}
			Set<String> words = new HashSet<>(40_000);
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.forEach(l -> words.add(l.strip()));
			return new PasswordPolicy(Set.copyOf(words));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The first weakness of {@code password}, if any.
	 * @param names the user's own names: user name, e-mail address, display name
	 */
	public Optional<PasswordWeakness> check(String password, Collection<String> names) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(PasswordWeakness.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(PasswordWeakness.TOO_LONG);
		}
		String lower = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		if (isCommon(lower)) {
			return Optional.of(PasswordWeakness.COMMON);
		}
		if (isRepetitive(lower) || isSequence(lower)) {
			return Optional.of(PasswordWeakness.REPETITIVE);
		}
		if (containsName(lower, names)) {
			return Optional.of(PasswordWeakness.CONTAINS_NAME);
		}
		return Optional.empty();
	}

	private boolean isCommon(String lower) {
		if (common.contains(lower)) {
			return true;
		}
		// "Baseball2024!", "P@ssw0rd123456": a listed word dressed up with digits,
		// symbols
		// or letter-for-digit substitutions is as guessable as the word itself
		String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
		return core.length() >= 4 && (common.contains(core) || common.contains(unleet(core)))
				|| common.contains(unleet(lower));
	}

	private static String unleet(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			out.append(switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return out.toString();
	}

	/** One character or a group of up to a third of the length, repeated. */
	private static boolean isRepetitive(String lower) {
		int[] cps = lower.codePoints().toArray();
		for (int unit = 1; unit <= cps.length / 3; unit++) {
			if (cps.length % unit == 0 && repeats(cps, unit)) {
				return true;
			}
		}
		return lower.codePoints().distinct().count() <= 3;
	}

	private static boolean repeats(int[] cps, int unit) {
		for (int i = unit; i < cps.length; i++) {
			if (cps[i] != cps[i - unit]) {
				return false;
			}
		}
		return true;
	}

	/** Every step up or down by one (1234567890…, abcdef…), allowing 9→0 and z→a. */
	private static boolean isSequence(String lower) {
		int[] cps = lower.codePoints().toArray();
		int up = 0;
		int down = 0;
		for (int i = 1; i < cps.length; i++) {
			int d = cps[i] - cps[i - 1];
			boolean wraps = (cps[i - 1] == '9' && cps[i] == '0') || (cps[i - 1] == 'z' && cps[i] == 'a');
			up += (d == 1 || wraps) ? 1 : 0;
			down += (d == -1) ? 1 : 0;
		}
		return up == cps.length - 1 || down == cps.length - 1;
	}

	private static boolean containsName(String lower, Collection<String> names) {
		String letters = lettersAndDigits(lower);
		Set<String> words = new HashSet<>(SERVICE_WORDS);
		for (String name : names) {
			if (name == null) {
				continue;
			}
			String n = name.toLowerCase(Locale.ROOT);
			int at = n.indexOf('@');
			n = at > 0 ? n.substring(0, at) : n;
			words.add(lettersAndDigits(n));
			for (String part : n.split("[\\s._-]+")) {
				words.add(lettersAndDigits(part));
			}
		}
		// what is left once the names are taken out must still be a password of its own
		String rest = letters;
		for (String word : words.stream()
			.filter(w -> w.length() >= 4)
			.sorted((a, b) -> b.length() - a.length())
			.toList()) {
			rest = rest.replace(word, "");
		}
		return !rest.equals(letters) && rest.codePointCount(0, rest.length()) < MIN_LENGTH;
	}

	private static String lettersAndDigits(String s) {
		return s.replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
