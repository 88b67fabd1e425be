package org.kakehashi.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps TOTP secrets encrypted at rest with AES-256-GCM under a key derived (SHA-256)
 * from {@code KAKEHASHI_TOTP_KEY}, so that a copy of the database or a backup alone does
 * not give away anyone's second factor. Without a key the secret is stored as it is
 * (marked {@code plain:}) and a warning is logged: the second factor then still protects
 * against a guessed or leaked password, but not against someone who can read the
 * database.
 */
@Component
class TotpSecrets {

	private static final Logger log = LoggerFactory.getLogger(TotpSecrets.class);

	private static final String ENCRYPTED = "v1:";

	private static final String PLAIN = "plain:";

	private static final int IV_BYTES = 12;

	private final @Nullable SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	TotpSecrets(@Value("${kakehashi.totp.key:}") String key) {
		if (key.isBlank()) {
			this.key = null;
			log.warn("KAKEHASHI_TOTP_KEY is not set: TOTP secrets are stored unencrypted (docs/security.md)");
		}
		else {
			this.key = new SecretKeySpec(sha256(key), "AES");
		}
	}

	String seal(String secret) {
		if (key == null) {
			return PLAIN + secret;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return ENCRYPTED + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt a TOTP secret", ex);
		}
	}

	String open(String stored) {
		if (stored.startsWith(PLAIN)) {
			return stored.substring(PLAIN.length());
		}
		if (!stored.startsWith(ENCRYPTED) || key == null) {
			throw new IllegalStateException("a TOTP secret is encrypted, but KAKEHASHI_TOTP_KEY is not set");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt a TOTP secret (was KAKEHASHI_TOTP_KEY changed?)", ex);
		}
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
