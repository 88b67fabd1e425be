package org.kakehashi.shared.web;

import java.net.URI;

/**
 * Stable {@code type} URIs of the problem details the API answers with. Clients switch on
 * these, so they never change; docs/api.md lists them.
 */
public final class ProblemTypes {

	public static final URI NOT_FOUND = URI.create("urn:kakehashi:problem:not-found");

	public static final URI VALIDATION = URI.create("urn:kakehashi:problem:validation");

	public static final URI CONFLICT = URI.create("urn:kakehashi:problem:concurrent-edit");

	public static final URI DUPLICATE = URI.create("urn:kakehashi:problem:duplicate");

	public static final URI FORBIDDEN = URI.create("urn:kakehashi:problem:forbidden");

	public static final URI UNAUTHORIZED = URI.create("urn:kakehashi:problem:unauthorized");

	/**
	 * Too many wrong API keys from one address (sign-in throttling, docs/security.md).
	 */
	public static final URI TOO_MANY_REQUESTS = URI.create("urn:kakehashi:problem:too-many-requests");

	public static final URI BAD_REQUEST = URI.create("urn:kakehashi:problem:bad-request");

	/** A request body (an upload) over the size limit. */
	public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:kakehashi:problem:payload-too-large");

	public static final URI SERVER_ERROR = URI.create("urn:kakehashi:problem:server-error");

	private ProblemTypes() {
	}

}
