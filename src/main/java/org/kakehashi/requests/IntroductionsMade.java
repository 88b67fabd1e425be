package org.kakehashi.requests;

import java.time.Instant;
import java.util.List;

/**
 * A request whose requester was introduced to organisations, for the reports module,
 * which asks the requester what came of it. Only the requesting organisation's people are
 * named to be asked: they may see all of the request, so a mail to them reveals nothing a
 * concealed requester's partner side may not see (and nothing goes to that side).
 *
 * @param firstAt when the first introduction was made
 * @param introductions every introduction so far, oldest first
 * @param askedPeople who to ask: the member who filed it, or every member of the
 * requesting organisation who may read it when a manager filed on its behalf
 */
public record IntroductionsMade(String requestId, String title, String requesterOrganization, Instant firstAt,
		List<Introduction> introductions, List<String> askedPeople) {

	public IntroductionsMade {
		introductions = List.copyOf(introductions);
		askedPeople = List.copyOf(askedPeople);
	}

}
