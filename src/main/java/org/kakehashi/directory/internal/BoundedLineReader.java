package org.kakehashi.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads a byte stream line by line with a cap on line length, decoding each line as
 * strict UTF-8 on its own. A huge line or a line with invalid bytes is reported as that
 * line's problem instead of failing (or filling memory for) the whole import.
 */
final class BoundedLineReader {

	/** One line: its text, or why it could not be read. */
	record Line(long number, @Nullable String text, @Nullable String problem) {
	}

	private final InputStream in;

	private final int maxBytes;

	private final byte[] buffer = new byte[64 * 1024];

	private int pos;

	private int limit;

	private long number;

	private long bytesRead;

	BoundedLineReader(InputStream in, int maxBytes) {
		this.in = in;
		this.maxBytes = maxBytes;
	}

	long bytesRead() {
		return bytesRead;
	}

	@Nullable Line next() throws IOException {
		byte[] line = new byte[256];
		int length = 0;
		boolean tooLong = false;
		boolean any = false;
		while (true) {
			if (pos == limit && !fill()) {
				if (!any) {
					return null;
				}
				break;
			}
			any = true;
			byte b = buffer[pos++];
			if (b == '\n') {
				break;
			}
			if (length == maxBytes) {
				tooLong = true;
				continue;
			}
			if (!tooLong) {
				if (length == line.length) {
					line = Arrays.copyOf(line, Math.min(maxBytes, line.length * 2));
				}
				line[length++] = b;
			}
		}
		number++;
		if (tooLong) {
			return new Line(number, null, "line is longer than " + maxBytes + " bytes");
		}
		if (length > 0 && line[length - 1] == '\r') {
			length--;
		}
		return decode(line, length);
	}

	private Line decode(byte[] bytes, int length) {
		int start = number == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, length - start))
				.toString();
			return new Line(number, text, null);
		}
		catch (CharacterCodingException ex) {
			return new Line(number, null, "line is not valid UTF-8");
		}
	}

	private boolean fill() throws IOException {
		int n = in.read(buffer);
		if (n <= 0) {
			return false;
		}
		pos = 0;
		limit = n;
		bytesRead += n;
		return true;
	}

}
