package org.kakehashi.requests.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.kakehashi.FuzzInputs;
import org.kakehashi.requests.NewAttachment;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload check of request attachments fuzzed with Jazzer (ADR 0017). An input is the
 * uploader's file name, a line break and the file's bytes. The check may only refuse with
 * {@link InvalidInputException} for the field {@code attachments}; what it accepts has a
 * clean name (no path, no control characters) and one of the served types.
 */
class RequestAttachmentFuzzTests {

	/** Small, so that the fuzzer reaches the size limit too. */
	private final RequestAttachmentStore store = new RequestAttachmentStore("target/fuzz-request-attachments",
			new RequestProperties(null, DataSize.ofBytes(2048)));

	@FuzzTest(maxDuration = "5s")
	void check(byte[] data) {
		int newline = indexOf(data, (byte) '\n');
		String fileName = new String(data, 0, newline, StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOfRange(data, Math.min(newline + 1, data.length), data.length);

		RequestAttachmentStore.Checked checked;
		try {
			checked = store.check(new NewAttachment(fileName, content));
		}
		catch (InvalidInputException ex) {
			assertThat(ex.first().field()).isEqualTo("attachments");
			return;
		}

		assertThat(checked.fileName()).isNotBlank().doesNotContain("/", "\\").hasSizeLessThanOrEqualTo(200);
		assertThat(checked.fileName().chars().noneMatch(Character::isISOControl)).as("control characters").isTrue();
		assertThat(RequestAttachmentStore.TYPES).containsValue(checked.contentType());
	}

	@Test
	void mutatedUploadsAreCheckedOrRefused() {
		FuzzInputs.run(RequestAttachmentFuzzTests.class, "check", 1000, this::check);
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
