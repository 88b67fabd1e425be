package org.kakehashi.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional TOTP second factor (RFC 6238: 30-second steps, six digits, HMAC-SHA-1,
 * what authenticator apps use) for administrators and cluster managers. A code is
 * accepted for the current step and one step either side (clocks drift); once a step's
 * code has been accepted, no code of that step or an earlier one is accepted again, so an
 * observed code cannot be replayed. Ten single-use recovery codes stand in when the phone
 * is lost.
 */
@Service
public class SecondFactors {

	static final int PERIOD_SECONDS = 30;

	static final int DIGITS = 6;

	static final int RECOVERY_CODES = 10;

	private static final String ISSUER = "Kakehashi";

	private static final String RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final TotpSecrets secrets;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SignInThrottle throttle;

	private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final SecureRandom random = new SecureRandom();

	SecondFactors(JdbcClient jdbc, TotpSecrets secrets, PasswordEncoder passwords, ApplicationEventPublisher events,
			Clock clock, SignInThrottle throttle) {
		this.throttle = throttle;
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/** What the profile page shows to set an authenticator app up. */
	public record Enrolment(String secret, String uri, String qrImage, String secretInGroups) {
	}

	/** How a code typed at sign-in was taken. */
	public enum Check {

		ACCEPTED, RECOVERY_CODE_USED, REFUSED

	}

	/** Only administrators and cluster managers may switch the second factor on. */
	public boolean offered(CurrentUser user) {
		return user.role() == Role.ADMIN || user.role() == Role.CLUSTER_MANAGER;
	}

	public boolean enabled(CurrentUser user) {
		return enabled(user.id());
	}

	boolean enabled(long userId) {
		return jdbc.sql("select count(*) from app_user where id = ? and totp_secret is not null")
			.param(userId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Unused recovery codes left to the user. */
	public int recoveryCodesLeft(CurrentUser user) {
		return jdbc.sql("select count(*) from totp_recovery_code where user_id = ? and used_at is null")
			.param(user.id())
			.query(Integer.class)
			.single();
	}

	/**
	 * A fresh secret; nothing is stored until {@link #confirm} sees a code made with it.
	 */
	public Enrolment newEnrolment(CurrentUser user) {
		requireOffered(user);
		return enrolment(user, new DefaultSecretGenerator().generate());
	}

	public Enrolment enrolment(CurrentUser user, String secret) {
		QrData data = new QrData.Builder().label(user.username())
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
		try {
			ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
			qr.setImageSize(240);
			String image = Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
			return new Enrolment(secret, data.getUri(), image, inGroups(secret));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("cannot draw the QR code", ex);
		}
	}

	/**
	 * Switches the second factor on if the code was made with the secret just shown.
	 * @return the ten recovery codes, to be shown once; empty if the code was wrong
	 */
	@Transactional
	public Optional<List<String>> confirm(CurrentUser user, String secret, String code) {
		requireOffered(user);
		if (enabled(user.id())) {
			throw new ForbiddenException("The second factor is already on.");
		}
		OptionalLong step = matchingStep(secret, code);
		if (step.isEmpty()) {
			audit(user.username(), "totp.failed", "wrong code while switching on");
			return Optional.empty();
		}
		jdbc.sql("update app_user set totp_secret = ?, totp_last_step = ? where id = ?")
			.params(secrets.seal(secret), step.getAsLong(), user.id())
			.update();
		List<String> recovery = newRecoveryCodes(user.id());
		audit(user.username(), "totp.enabled", RECOVERY_CODES + " recovery codes issued");
		return Optional.of(recovery);
	}

	/**
	 * Switches the second factor off; needs the password and a current code (a recovery
	 * code does not do), so that a session left open is not enough. Failures count
	 * towards the sign-in throttle, so that a stolen session cannot try codes unhindered;
	 * while the account is locked, even the right pair is refused.
	 */
	@Transactional
	public boolean disable(CurrentUser user, String password, String code, String address) {
		var lockedUntil = throttle.signInLockedUntil(user.username(), address);
		if (lockedUntil.isPresent()) {
			throttle.refused(user.username(), address, lockedUntil.get());
			return false;
		}
		String hash = jdbc.sql("select password_hash from app_user where id = ?")
			.param(user.id())
			.query(String.class)
			.single();
		boolean passwordRight = passwords.matches(password, hash);
		boolean codeRight = passwordRight && isCode(code) && acceptCode(user.id(), code);
		if (!codeRight) {
			audit(user.username(), "totp.failed",
					passwordRight ? "wrong code while switching off" : "wrong password while switching off");
			throttle.signInFailed(user.username(), address);
			return false;
		}
		jdbc.sql("update app_user set totp_secret = null, totp_last_step = null where id = ?")
			.param(user.id())
			.update();
		jdbc.sql("delete from totp_recovery_code where user_id = ?").param(user.id()).update();
		audit(user.username(), "totp.disabled", null);
		return true;
	}

	/**
	 * The second step of signing in: a current code, or else an unused recovery code.
	 * Refusals are audited here; the caller counts them towards the sign-in throttle.
	 */
	@Transactional
	Check checkSignIn(long userId, String username, String typed, String address) {
		if (isCode(typed)) {
			if (acceptCode(userId, typed)) {
				return Check.ACCEPTED;
			}
			audit(username, "totp.failed", "wrong or reused code at sign-in from " + address);
			return Check.REFUSED;
		}
		String normalized = typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		int used = normalized.isEmpty() ? 0
				: jdbc.sql("""
						update totp_recovery_code set used_at = ?
						where user_id = ? and code_hash = ? and used_at is null""")
					.params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), userId, hash(normalized))
					.update();
		if (used == 1) {
			audit(username, "totp.recovery-code-used", "at sign-in from " + address);
			return Check.RECOVERY_CODE_USED;
		}
		audit(username, "totp.failed", "wrong recovery code at sign-in from " + address);
		return Check.REFUSED;
	}

	/**
	 * Checks the code against the stored secret and, if it matches a step later than the
	 * last one accepted, records that step, in one conditional update: two requests with
	 * the same code cannot both get through.
	 */
	private boolean acceptCode(long userId, String code) {
		String stored = jdbc.sql("select totp_secret from app_user where id = ? and totp_secret is not null")
			.param(userId)
			.query((rs, n) -> rs.getString(1))
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (stored == null) {
			return false;
		}
		OptionalLong step = matchingStep(secrets.open(stored), code);
		return step.isPresent() && jdbc.sql("""
				update app_user set totp_last_step = ?
				where id = ? and (totp_last_step is null or totp_last_step < ?)""")
			.params(step.getAsLong(), userId, step.getAsLong())
			.update() == 1;
	}

	/** The time step (now, one before, one after) whose code this is, if any. */
	OptionalLong matchingStep(String secret, String typed) {
		String code = typed.strip();
		if (!isCode(code)) {
			return OptionalLong.empty();
		}
		long now = currentStep();
		for (long step : new long[] { now, now - 1, now + 1 }) {
			if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	long currentStep() {
		return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
	}

	static String codeAt(String secret, long step) {
		try {
			return CODES.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("cannot compute a TOTP code", ex);
		}
	}

	private static boolean isCode(@Nullable String typed) {
		return typed != null && typed.strip().matches("[0-9]{" + DIGITS + "}");
	}

	private List<String> newRecoveryCodes(long userId) {
		jdbc.sql("delete from totp_recovery_code where user_id = ?").param(userId).update();
		List<String> shown = new ArrayList<>();
		while (shown.size() < RECOVERY_CODES) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 10; i++) {
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			String plain = code.toString();
			if (shown.stream().anyMatch(s -> s.replace("-", "").equals(plain))) {
				continue;
			}
			jdbc.sql("insert into totp_recovery_code (user_id, code_hash) values (?, ?)")
				.params(userId, hash(plain))
				.update();
			shown.add(plain.substring(0, 5) + "-" + plain.substring(5));
		}
		return shown;
	}

	private static String hash(String normalizedCode) {
		return HexFormat.of().formatHex(TotpSecrets.sha256(normalizedCode));
	}

	private static String inGroups(String secret) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < secret.length(); i += 4) {
			out.append(i == 0 ? "" : " ").append(secret, i, Math.min(secret.length(), i + 4));
		}
		return out.toString();
	}

	private void requireOffered(CurrentUser user) {
		if (!offered(user)) {
			throw new ForbiddenException("Only administrators and cluster managers use a second factor.");
		}
	}

	private void audit(String username, String action, @Nullable String detail) {
		events.publishEvent(new AuditEntry(username, action, "user", username, detail));
	}

}
