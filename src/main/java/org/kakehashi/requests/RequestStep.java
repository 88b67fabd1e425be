package org.kakehashi.requests;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.InvalidInputException;

/**
 * One step a party takes on a request, as the page's forms and the API's {@code POST
 * /api/v1/requests/{id}/transitions} name it.
 */
public sealed interface RequestStep {

	Action action();

	/**
	 * Builds a step from the loose fields of a form or JSON body; a missing field for the
	 * action is an {@link InvalidInputException} naming it.
	 */
	static RequestStep of(String action, @Nullable String partnerCluster, @Nullable String reason,
			@Nullable List<String> organizations, @Nullable String outcome, @Nullable Integer rating,
			@Nullable String comment, @Nullable String assignee) {
		Action a;
		try {
			a = Action.fromCode(action);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("action", ex.getMessage());
		}
		return switch (a) {
			case FORWARD -> new Forward(required("partnerCluster", partnerCluster));
			case ACCEPT -> new Accept();
			case DECLINE -> new Decline(required("reason", reason));
			case START -> new Start();
			case INTRODUCE -> {
				List<String> ids = organizations == null ? List.of()
						: organizations.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
				if (ids.isEmpty()) {
					throw new InvalidInputException("organizations", "name at least one organisation");
				}
				yield new Introduce(ids);
			}
			case CLOSE -> {
				try {
					yield new Close(RequestOutcome.fromCode(required("outcome", outcome)));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInputException("outcome", ex.getMessage());
				}
			}
			case FEEDBACK -> {
				if (rating == null || rating < 1 || rating > 5) {
					throw new InvalidInputException("rating", "a rating is between 1 and 5");
				}
				yield new GiveFeedback(rating, comment);
			}
			case ASSIGN -> new Assign(required("assignee", assignee));
		};
	}

	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, field + " is required for this action");
		}
		return value.strip();
	}

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

	record Close(RequestOutcome outcome) implements RequestStep {
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
