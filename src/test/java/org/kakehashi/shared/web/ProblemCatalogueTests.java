package org.kakehashi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The catalogue of problem types in the code and the table in docs/api.md are the same:
 * every type a client may get is documented with its status, and nothing documented is
 * gone.
 */
class ProblemCatalogueTests {

	private static final Pattern ROW = Pattern.compile("^\\| `(urn:kakehashi:problem:[a-z-]+)` \\| (\\d{3}) \\|",
			Pattern.MULTILINE);

	@Test
	void docsListEveryProblemTypeWithItsStatusAndNoOther() throws IOException {
		Map<String, Integer> documented = new TreeMap<>();
		Matcher row = ROW.matcher(Files.readString(Path.of("docs/api.md")));
		while (row.find()) {
			documented.put(row.group(1), Integer.parseInt(row.group(2)));
		}

		Map<String, Integer> catalogue = new TreeMap<>();
		Arrays.stream(ProblemType.values()).forEach(t -> catalogue.put(t.uri().toString(), t.status().value()));

		assertThat(documented).isEqualTo(catalogue);
	}

	@Test
	void anErrorWithoutAFinerTypeGetsTheFirstOfItsStatus() {
		assertThat(ProblemType.forStatus(403)).isEqualTo(ProblemType.FORBIDDEN);
		assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.WRONG_STATE);
		assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
		assertThat(ProblemType.forStatus(431)).isEqualTo(ProblemType.BAD_REQUEST);
		assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.SERVER_ERROR);
	}

}
