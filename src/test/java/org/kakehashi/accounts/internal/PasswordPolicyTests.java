package org.kakehashi.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kakehashi.accounts.PasswordWeakness;

/**
 * NIST SP 800-63B passwords: length, a blocklist and the user's own names; no composition
 * rules.
 */
class PasswordPolicyTests {

	static final PasswordPolicy POLICY = PasswordPolicy.shipped();

	static final List<String> MANAGER = List.of("manager.biom", "manager.biom@example.org", "Demo manager BioM");

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThat(POLICY.check("Kx7#pQ2!mZ", MANAGER)).contains(PasswordWeakness.TOO_SHORT);
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(POLICY.check("春の桜と秋の紅葉と冬の雪", MANAGER)).isEmpty();
	}

	@Test
	void refusesCommonPasswordsFromTheShippedList() {
		assertThat(POLICY.check("password1234", MANAGER)).contains(PasswordWeakness.COMMON);
		assertThat(POLICY.check("qwertyuiop123", MANAGER)).contains(PasswordWeakness.COMMON);
	}

	@Test
	void refusesACommonWordWithDigitsOrSymbolsAppended() {
		assertThat(POLICY.check("Baseball2024!", MANAGER)).contains(PasswordWeakness.COMMON);
		assertThat(POLICY.check("P@ssw0rd123456", MANAGER)).contains(PasswordWeakness.COMMON);
	}

	@Test
	void refusesRepetitionAndSequences() {
		assertThat(POLICY.check("aaaaaaaaaaaa", MANAGER)).contains(PasswordWeakness.REPETITIVE);
		assertThat(POLICY.check("abcabcabcabc", MANAGER)).contains(PasswordWeakness.REPETITIVE);
		assertThat(POLICY.check("123456789012", MANAGER)).contains(PasswordWeakness.REPETITIVE);
		assertThat(POLICY.check("abcdefghijklm", MANAGER)).contains(PasswordWeakness.REPETITIVE);
	}

	@Test
	void refusesTheUsersOwnNames() {
		assertThat(POLICY.check("manager.biommanager.biom", MANAGER)).contains(PasswordWeakness.CONTAINS_NAME);
		assertThat(POLICY.check("Manager.Biom-2026", MANAGER)).contains(PasswordWeakness.CONTAINS_NAME);
		assertThat(POLICY.check("demo manager biom!", MANAGER)).contains(PasswordWeakness.CONTAINS_NAME);
		assertThat(POLICY.check("kakehashi-kakehashi", MANAGER)).isNotEmpty();
	}

	@Test
	void acceptsLongPassphrasesWithoutCompositionRules() {
		assertThat(POLICY.check("correct horse battery staple", MANAGER)).isEmpty();
		assertThat(POLICY.check("kirschblütenregen", MANAGER)).isEmpty();
		assertThat(POLICY.check("Kirschblüte-über-Hamburg-7", MANAGER)).isEmpty();
	}

	@Test
	void refusesAbsurdLengths() {
		assertThat(POLICY.check("x".repeat(100) + "y".repeat(101), MANAGER)).contains(PasswordWeakness.TOO_LONG);
	}

}
