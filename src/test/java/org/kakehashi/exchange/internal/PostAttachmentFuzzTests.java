package org.kakehashi.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.kakehashi.FuzzInputs;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.FileSignatures;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload check of post attachments fuzzed with Jazzer (ADR 0017). An input is the
 * declared content type, a line break and the file's bytes. The check may only answer
 * with problems for the field {@code file}; what it accepts really starts like the type
 * it claims.
 */
class PostAttachmentFuzzTests {

	/** Small, so that the fuzzer reaches the size limit too. */
	private final PostAttachmentStore store = new PostAttachmentStore(
			new ExchangeProperties(DataSize.ofBytes(2048), "target/fuzz-attachments", "0 0 7 * * MON"), "target");

	@FuzzTest(maxDuration = "5s")
	void check(byte[] data) {
		int newline = indexOf(data, (byte) '\n');
		String contentType = new String(data, 0, newline, StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOfRange(data, Math.min(newline + 1, data.length), data.length);

		List<FieldProblem> problems = store.check(contentType, content);

		if (problems.isEmpty()) {
			assertThat(FileSignatures.matches(contentType, content)).as("accepted as " + contentType).isTrue();
		}
		else {
			assertThat(problems).allSatisfy(p -> assertThat(p.field()).isEqualTo("file"));
		}
	}

	@Test
	void mutatedUploadsAreCheckedOrRefused() {
		FuzzInputs.run(PostAttachmentFuzzTests.class, "check", 1000, this::check);
	}

	private static int indexOf(byte[] data, byte b) {
		for (int i = 0; i < data.length; i++) {
			if (data[i] == b) {
				return i;
			}
		}
		return data.length;
	}

}
