package org.kakehashi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileSignaturesTests {

	static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n' };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };

	@Test
	void recognisesFilesByTheirFirstBytesNotTheirClaim() {
		assertThat(FileSignatures.matches("application/pdf", PDF)).isTrue();
		assertThat(FileSignatures.matches("application/pdf; charset=binary", PDF)).isTrue();
		assertThat(FileSignatures.matches("image/png", PNG)).isTrue();
		assertThat(FileSignatures.matches("image/jpeg", JPEG)).isTrue();
		assertThat(FileSignatures.matches("application/pdf", PNG)).isFalse();
		assertThat(FileSignatures.matches("image/png", "<html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(FileSignatures.matches("application/x-msdownload", PDF)).isFalse();
		assertThat(FileSignatures.matches(null, PDF)).isFalse();
	}

	@Test
	void aContentTypeOfParametersAloneNamesNoMediaType() {
		assertThat(FileSignatures.mediaType(" Application/PDF ; name=x")).isEqualTo("application/pdf");
		assertThat(FileSignatures.mediaType(";")).isEmpty();
		assertThat(FileSignatures.mediaType(null)).isEmpty();
		assertThat(FileSignatures.matches(";", PDF)).isFalse();
	}

	@Test
	void tooShortContentMatchesNothing() {
		assertThat(FileSignatures.isPdf(new byte[] { '%', 'P' })).isFalse();
		assertThat(FileSignatures.isJpeg(new byte[0])).isFalse();
	}

	@Test
	void textMeansValidUtf8WithoutNulBytes() {
		assertThat(FileSignatures.isUtf8Text("Zelltherapie, 細胞治療\n".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(FileSignatures.isUtf8Text(new byte[] { 'a', 0, 'b' })).isFalse();
		assertThat(FileSignatures.isUtf8Text(new byte[] { (byte) 0xC3, (byte) 0x28 })).isFalse();
		assertThat(FileSignatures.isOfficeOpenXml(new byte[] { 'P', 'K', 3, 4, 20 })).isTrue();
	}

}
