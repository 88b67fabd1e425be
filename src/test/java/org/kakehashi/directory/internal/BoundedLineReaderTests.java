package org.kakehashi.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BoundedLineReaderTests {

	@Test
	void readsLinesWithAndWithoutCarriageReturnsAndALastLineWithoutNewline() throws IOException {
		BoundedLineReader reader = reader("eins\r\nzwei\n三".getBytes(StandardCharsets.UTF_8), 100);

		assertThat(reader.next().text()).isEqualTo("eins");
		assertThat(reader.next().text()).isEqualTo("zwei");
		assertThat(reader.next()).extracting(BoundedLineReader.Line::number, BoundedLineReader.Line::text)
			.containsExactly(3L, "三");
		assertThat(reader.next()).isNull();
	}

	@Test
	void reportsATooLongLineAndGoesOn() throws IOException {
		BoundedLineReader reader = reader(("x".repeat(50) + "\nok\n").getBytes(StandardCharsets.UTF_8), 10);

		BoundedLineReader.Line first = reader.next();

		assertThat(first.text()).isNull();
		assertThat(first.problem()).isEqualTo("line is longer than 10 bytes");
		assertThat(reader.next().text()).isEqualTo("ok");
	}

	@Test
	void reportsInvalidUtf8PerLine() throws IOException {
		byte[] bytes = { 'a', '\n', (byte) 0xC3, (byte) 0x28, '\n', 'b' };
		BoundedLineReader reader = reader(bytes, 100);

		assertThat(reader.next().text()).isEqualTo("a");
		assertThat(reader.next().problem()).isEqualTo("line is not valid UTF-8");
		assertThat(reader.next().text()).isEqualTo("b");
	}

	@Test
	void skipsAByteOrderMark() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}' };

		assertThat(reader(bom, 100).next().text()).isEqualTo("{}");
	}

	private static BoundedLineReader reader(byte[] bytes, int max) {
		return new BoundedLineReader(new ByteArrayInputStream(bytes), max);
	}

}
