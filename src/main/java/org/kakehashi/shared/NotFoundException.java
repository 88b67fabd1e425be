package org.kakehashi.shared;

/**
 * The thing asked for does not exist, or the asker may not know that it exists. Both read
 * the same to the caller (404), so private things do not leak their existence.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String id;

	public NotFoundException(String kind, String id) {
		super(kind + " '" + id + "' does not exist");
		this.kind = kind;
		this.id = id;
	}

	public String kind() {
		return kind;
	}

	public String id() {
		return id;
	}

}
