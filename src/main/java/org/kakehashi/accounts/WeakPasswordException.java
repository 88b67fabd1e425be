package org.kakehashi.accounts;

/**
 * A new password was refused by the password policy; forms show the weakness's message.
 */
public class WeakPasswordException extends IllegalArgumentException {

	private final PasswordWeakness weakness;

	public WeakPasswordException(PasswordWeakness weakness) {
		super(weakness.englishMessage());
		this.weakness = weakness;
	}

	public PasswordWeakness weakness() {
		return weakness;
	}

}
