package org.kakehashi.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One URL rule of a module: requests with this method (any method when {@code null}) to
 * one of these path patterns are allowed to {@link Who}. A module lists its rules in an
 * {@link AccessRules} bean; {@code SecurityConfig} applies them in the module's order,
 * after the infrastructure's and before the final deny-all. Patterns use Spring's path
 * pattern syntax ({@code *} one segment, {@code **} any rest).
 *
 * @param method the HTTP method, {@code null} for every method
 * @param patterns path patterns; each must be served by a handler of the module
 * (AccessRuleCoverageTests)
 * @param who who may pass
 */
public record AccessRule(@Nullable HttpMethod method, List<String> patterns, Who who) {

	/** Administrators and cluster managers: the people who run clusters. */
	public static final List<String> STAFF = List.of("ADMIN", "CLUSTER_MANAGER");

	/** Everybody who belongs to a cluster or runs one; funders do not. */
	public static final List<String> PEOPLE_OF_CLUSTERS = List.of("ADMIN", "CLUSTER_MANAGER", "MEMBER");

	/** Who can be a party to an entry-portal request (requests module). */
	public static final List<String> REQUEST_PARTIES = List.of("CLUSTER_MANAGER", "MEMBER");

	public AccessRule {
		patterns = List.copyOf(patterns);
		if (patterns.isEmpty()) {
			throw new IllegalArgumentException("a rule names at least one path pattern");
		}
	}

	/** Rules for requests of every method to these patterns. */
	public static Paths any(String... patterns) {
		return new Paths(null, List.of(patterns));
	}

	public static Paths get(String... patterns) {
		return new Paths(HttpMethod.GET, List.of(patterns));
	}

	public static Paths post(String... patterns) {
		return new Paths(HttpMethod.POST, List.of(patterns));
	}

	public static Paths put(String... patterns) {
		return new Paths(HttpMethod.PUT, List.of(patterns));
	}

	public static Paths patch(String... patterns) {
		return new Paths(HttpMethod.PATCH, List.of(patterns));
	}

	public static Paths delete(String... patterns) {
		return new Paths(HttpMethod.DELETE, List.of(patterns));
	}

	/**
	 * Who passes a rule: everyone (also anonymous visitors), everyone signed in, or the
	 * holders of one of the roles.
	 *
	 * @param roles role names without the {@code ROLE_} prefix; empty unless {@code kind}
	 * is {@link Kind#ROLES}
	 */
	public record Who(Kind kind, List<String> roles) {

		public Who {
			roles = List.copyOf(roles);
		}

		public enum Kind {

			EVERYONE, SIGNED_IN, ROLES

		}

		@Override
		public String toString() {
			return kind == Kind.ROLES ? "roles " + roles : kind.name().toLowerCase();
		}

	}

	/** The first half of a rule: method and patterns, waiting for who. */
	public record Paths(@Nullable HttpMethod method, List<String> patterns) {

		public AccessRule permitAll() {
			return new AccessRule(method, patterns, new Who(Who.Kind.EVERYONE, List.of()));
		}

		public AccessRule authenticated() {
			return new AccessRule(method, patterns, new Who(Who.Kind.SIGNED_IN, List.of()));
		}

		public AccessRule hasRole(String role) {
			return hasAnyRole(List.of(role));
		}

		public AccessRule hasAnyRole(List<String> roles) {
			return new AccessRule(method, patterns, new Who(Who.Kind.ROLES, roles));
		}

	}

}
