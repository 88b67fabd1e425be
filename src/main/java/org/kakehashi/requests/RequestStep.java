package org.kakehashi.requests;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One step a party takes on a request, as the page's forms and the API's
 * {@code POST /api/v1/requests/{id}/transitions} name it.
 */
public sealed interface RequestStep {

	Action action();

	/** What a step does; codes are lower-case ({@code forward}, {@code accept}, ...). */
	enum Action {

		FORWARD, ACCEPT, DECLINE, START, INTRODUCE, CLOSE, FEEDBACK, ASSIGN;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Action fromCode(String code) {
			for (Action a : values()) {
				if (a.code().equals(code)) {
					return a;
				}
			}
			throw new IllegalArgumentException("unknown action '" + code + "'");
		}

	}

	record Forward(String partnerCluster) implements RequestStep {
		public Action action() {
			return Action.FORWARD;
		}
	}

	record Accept() implements RequestStep {
		public Action action() {
			return Action.ACCEPT;
		}
	}

	record Decline(String reason) implements RequestStep {
		public Action action() {
			return Action.DECLINE;
		}
	}

	record Start() implements RequestStep {
		public Action action() {
			return Action.START;
		}
	}

	record Introduce(List<String> organizations) implements RequestStep {
		public Introduce {
			organizations = List.copyOf(organizations);
			if (organizations.isEmpty()) {
				throw new IllegalArgumentException("introduce at least one organisation");
			}
		}

		public Action action() {
			return Action.INTRODUCE;
		}
	}

	record Close(Outcome outcome) implements RequestStep {
		public Action action() {
			return Action.CLOSE;
		}
	}

	record GiveFeedback(int rating, @Nullable String comment) implements RequestStep {
		public Action action() {
			return Action.FEEDBACK;
		}
	}

	record Assign(String manager) implements RequestStep {
		public Action action() {
			return Action.ASSIGN;
		}
	}

}
