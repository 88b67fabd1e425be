package org.kakehashi.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The catalogue of problem types the API answers with: each one's stable {@code type}
 * URI, its status and title. Clients switch on the URIs, so they never change;
 * docs/api.md lists every one, and {@code ProblemCatalogueTests} fails when the two
 * differ. The first entry of a status is the one an error without a finer type gets.
 */
public enum ProblemType {

	/** The request could not be read: syntax, JSON types, formats, missing parameters. */
	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request"),

	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),

	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),

	/** Interest from a cluster that is no partner of the opportunity owner's cluster. */
	NOT_A_PARTNER("not-a-partner", HttpStatus.FORBIDDEN, "Not a partner cluster"),

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),

	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),

	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),

	/** The target's state does not allow the action. */
	WRONG_STATE("wrong-state", HttpStatus.CONFLICT, "Not possible in this state"),

	/** The {@code version} sent is not the current one. */
	CONCURRENT_EDIT("concurrent-edit", HttpStatus.CONFLICT, "Changed by someone else"),

	DUPLICATE("duplicate", HttpStatus.CONFLICT, "Already exists"),

	/** Events: the slot was taken meanwhile. */
	BOOKING_CONFLICT("booking-conflict", HttpStatus.CONFLICT, "Slot already taken"),

	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),

	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),

	/** The request was read, but breaks a rule; {@code errors} names the fields. */
	VALIDATION("validation", HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input"),

	TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),

	SERVER_ERROR("server-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),

	UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

	private static final String PREFIX = "urn:kakehashi:problem:";

	private final URI uri;

	private final HttpStatus status;

	private final String title;

	ProblemType(String name, HttpStatus status, String title) {
		this.uri = URI.create(PREFIX + name);
		this.status = status;
		this.title = title;
	}

	public URI uri() {
		return uri;
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	/**
	 * The type of an error that has none finer: the first entry with this status, else
	 * bad-request for a 4xx and server-error for anything else.
	 */
	public static ProblemType forStatus(int status) {
		for (ProblemType type : values()) {
			if (type.status.value() == status) {
				return type;
			}
		}
		return status >= 400 && status < 500 ? BAD_REQUEST : SERVER_ERROR;
	}

}
