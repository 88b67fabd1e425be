package org.kakehashi.shared;

/**
 * Someone else saved the same thing since the caller read it. Raised instead of silently
 * overwriting their change; the caller reloads and re-applies.
 */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String kind, String id, long expectedVersion) {
		super(kind + " '" + id + "' was changed by someone else (you edited version " + expectedVersion
				+ "); reload it and apply your change again");
	}

}
