package org.kakehashi.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file really is, judged by its first bytes: the declared content type
 * and the file name are whatever the browser or script claims. One place for the
 * signatures, so every upload (agreement documents, post attachments, request
 * attachments) checks them alike.
 */
public final class FileSignatures {

	private FileSignatures() {
	}

	public static boolean isPdf(byte[] head) {
		return startsWith(head, '%', 'P', 'D', 'F', '-');
	}

	public static boolean isPng(byte[] head) {
		return startsWith(head, 0x89, 'P', 'N', 'G');
	}

	public static boolean isJpeg(byte[] head) {
		return startsWith(head, 0xFF, 0xD8, 0xFF);
	}

	/** Word, Excel and PowerPoint files since 2007 are ZIP archives. */
	public static boolean isOfficeOpenXml(byte[] head) {
		return startsWith(head, 'P', 'K', 3, 4);
	}

	/** Plain text: valid UTF-8 without NUL bytes. */
	public static boolean isUtf8Text(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * Whether {@code head} starts like a file of {@code contentType} (PDF, PNG or JPEG).
	 */
	public static boolean matches(@Nullable String contentType, byte[] head) {
		return switch (mediaType(contentType)) {
			case "application/pdf" -> isPdf(head);
			case "image/png" -> isPng(head);
			case "image/jpeg" -> isJpeg(head);
			default -> false;
		};
	}

	/**
	 * The media type of a {@code Content-Type} value, lowercase and without parameters
	 * ({@code Application/PDF; name=x} is {@code application/pdf}); "" for none.
	 */
	public static String mediaType(@Nullable String contentType) {
		if (contentType == null) {
			return "";
		}
		// not split(";")[0]: that has no element for ";" alone
		int semicolon = contentType.indexOf(';');
		return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] content, int... signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
