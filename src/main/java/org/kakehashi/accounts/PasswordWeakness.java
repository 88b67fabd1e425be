package org.kakehashi.accounts;

/**
 * Why a new password was refused (NIST SP 800-63B, 5.1.1.2): each has its own localized
 * message, so people learn what to change instead of guessing at composition rules.
 */
public enum PasswordWeakness {

	/** Fewer than 12 characters. */
	TOO_SHORT("password.tooShort"),
	/** More than 200 characters (hashing cost). */
	TOO_LONG("password.tooLong"),
	/** On the shipped list of common passwords, also with digits or symbols appended. */
	COMMON("password.common"),
	/** One character or a short group repeated, or a run such as 1234… or abcd…. */
	REPETITIVE("password.repetitive"),
	/**
	 * Contains the user name, the e-mail address's local part, the name or the service's
	 * name.
	 */
	CONTAINS_NAME("password.containsName");

	private final String messageKey;

	PasswordWeakness(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

	public String englishMessage() {
		return switch (this) {
			case TOO_SHORT -> "the password needs at least 12 characters";
			case TOO_LONG -> "the password may have at most 200 characters";
			case COMMON -> "this password is one of the most commonly used ones";
			case REPETITIVE -> "the password repeats characters or follows a simple sequence";
			case CONTAINS_NAME -> "the password contains the user name, e-mail address or name";
		};
	}

}
