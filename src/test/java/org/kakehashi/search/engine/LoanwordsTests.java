package org.kakehashi.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LoanwordsTests {

	@ParameterizedTest(name = "{0} sounds like {1}")
	@CsvSource({ "バイオプリンティング, bioprinting", "エクソソーム, exosome", "マイクロニードル, microneedle", "セラピー, therapy",
			"オルガノイド, organoid", "インプラント, implant", "フォーミュレーション, formulation", "カルチャー, culture", "ペプチド, peptide",
			"クロマトグラフィー, chromatography", "シーケンシング, sequencing", "ゲノム, genom", "コラーゲン, kollagen", "ハイドロゲル, hydrogel",
			"ドラッグデリバリー, drugdelivery" })
	void aKatakanaLoanwordAndItsSourceShareAKey(String kana, String word) {
		assertThat(Loanwords.latinKeys(word)).contains(Loanwords.kanaKey(kana));
	}

	@ParameterizedTest(name = "{0} is not {1}")
	@CsvSource({ "マーケティング, microneedle", "バイオマーカー, bioprinting", "プロテオミクス, protein", "セラピー, sarcopenia" })
	void differentWordsKeepDifferentKeys(String kana, String word) {
		assertThat(Loanwords.latinKeys(word)).doesNotContain(Loanwords.kanaKey(kana));
	}

	@Test
	void shortWordsSayTooLittleForAKey() {
		assertThat(Loanwords.kanaKey("データ")).isNull();
		assertThat(Loanwords.latinKeys("data")).isEmpty();
		assertThat(Loanwords.latinKeys("PD-1")).isEmpty();
	}

	@Test
	void findsKatakanaWordsJoinedByAMiddleDot() {
		assertThat(Loanwords.katakanaRuns("当社はドラッグ・デリバリーとマイクロニードルパッチ、ナノ")).extracting(Loanwords.Run::text)
			.containsExactly("ドラッグデリバリー", "マイクロニードルパッチ");
	}

}
