package org.kakehashi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTests {

	@Test
	void cellsThatSpreadsheetsTakeAsFormulasGetAQuote() {
		assertThat(SpreadsheetText.neutralised("=HYPERLINK(\"https://evil.example\")"))
			.isEqualTo("'=HYPERLINK(\"https://evil.example\")");
		assertThat(SpreadsheetText.neutralised("+1")).isEqualTo("'+1");
		assertThat(SpreadsheetText.neutralised("-2")).isEqualTo("'-2");
		assertThat(SpreadsheetText.neutralised("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(SpreadsheetText.neutralised("\tx")).isEqualTo("'\tx");
		assertThat(SpreadsheetText.neutralised("\rx")).isEqualTo("'\rx");
	}

	@Test
	void ordinaryTextIsLeftAlone() {
		assertThat(SpreadsheetText.neutralised("")).isEmpty();
		assertThat(SpreadsheetText.neutralised("BioM a=b")).isEqualTo("BioM a=b");
		assertThat(SpreadsheetText.restored("'quoted by hand")).isEqualTo("'quoted by hand");
		assertThat(SpreadsheetText.restored("'")).isEqualTo("'");
	}

	@Test
	void restoredUndoesNeutralisedForAnyText() {
		for (String text : new String[] { "=1+1", "+1", "-2", "@x", "\tx", "\rx", "'", "'=x", "''x", "'x", "x", "" }) {
			assertThat(SpreadsheetText.restored(SpreadsheetText.neutralised(text))).as(text).isEqualTo(text);
		}
	}

}
