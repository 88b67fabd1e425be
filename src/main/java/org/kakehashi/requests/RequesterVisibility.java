package org.kakehashi.requests;

import java.util.Set;

/**
 * Whether one reader of a request may see who asked. A request filed for an expression of
 * interest keeps its requester anonymous towards the partner cluster until both sides of
 * the interest consented: its managers see "a member of" the home cluster instead of the
 * organisation, and instead of every person in the history, the messages and the mails
 * except the two clusters' managers.
 *
 * @param hidden whether the requester is hidden from this reader
 * @param namedPeople while hidden, the people who are still shown by name (the managers
 * of both clusters)
 */
public record RequesterVisibility(boolean hidden, Set<String> namedPeople) {

	static final RequesterVisibility NAMED = new RequesterVisibility(false, Set.of());

	public RequesterVisibility {
		namedPeople = Set.copyOf(namedPeople);
	}

	/** Whether this person's name must not be shown to the reader. */
	public boolean hides(String username) {
		return hidden && !namedPeople.contains(username);
	}

}
