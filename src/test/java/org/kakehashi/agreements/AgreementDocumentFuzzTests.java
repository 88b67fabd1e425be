package org.kakehashi.agreements;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.kakehashi.FuzzInputs;
import org.kakehashi.shared.FileSignatures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload check of agreement documents fuzzed with Jazzer (ADR 0017). An input is the
 * uploader's file name, a line break, the declared content type, a line break and the
 * file's bytes. The check answers with one of its problem codes, or accepts a PDF; the
 * name shown is clean.
 */
class AgreementDocumentFuzzTests {

	private static final long MAX = 2048;

	@FuzzTest(maxDuration = "5s")
	void check(byte[] data) {
		int first = indexOf(data, 0);
		int second = indexOf(data, Math.min(first + 1, data.length));
		String fileName = text(data, 0, first);
		String contentType = text(data, Math.min(first + 1, data.length), second);
		byte[] content = Arrays.copyOfRange(data, Math.min(second + 1, data.length), data.length);
		// as the document store hands it over: the first bytes and the size
		byte[] head = Arrays.copyOf(content, Math.min(8, content.length));

		Optional<String> problem = DocumentCheck.problem(contentType, content.length, MAX, head);
		String shown = AgreementDocuments.displayName(fileName);

		problem.ifPresentOrElse(p -> assertThat(p).isIn(Set.of("empty", "too-large", "not-pdf")),
				() -> assertThat(FileSignatures.isPdf(content)).isTrue());
		assertThat(shown).isNotBlank().doesNotContain("/", "\\", "\"").hasSizeLessThanOrEqualTo(200);
		assertThat(shown.chars().noneMatch(Character::isISOControl)).as("control characters in " + shown).isTrue();
	}

	@Test
	void mutatedUploadsAreCheckedOrRefused() {
		FuzzInputs.run(AgreementDocumentFuzzTests.class, "check", 1000, this::check);
	}

	private static int indexOf(byte[] data, int from) {
		for (int i = from; i < data.length; i++) {
			if (data[i] == '\n') {
				return i;
			}
		}
		return data.length;
	}

	private static String text(byte[] data, int from, int to) {
		return new String(data, from, Math.max(0, to - from), StandardCharsets.UTF_8);
	}

}
