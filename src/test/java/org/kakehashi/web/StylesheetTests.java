package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kakehashi.agreements.CommitmentState;

/**
 * Bootstrap's badge is white text without a background: a state without its own colours
 * was invisible (white on white) on the agreement and partnership pages.
 */
class StylesheetTests {

	@ParameterizedTest
	@EnumSource(CommitmentState.class)
	void everyCommitmentStateHasItsOwnColours(CommitmentState state) throws IOException {
		String css;
		try (InputStream in = getClass().getResourceAsStream("/static/css/app.css")) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(css).containsPattern("\\.commitment-state\\.state-" + state.code()
				+ " \\{ background: #[0-9a-f]{6}; color: #[0-9a-f]{6}; \\}");
	}

}
