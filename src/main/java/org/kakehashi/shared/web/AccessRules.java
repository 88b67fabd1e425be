package org.kakehashi.shared.web;

import java.util.List;

/**
 * The URL rules of one module's pages and endpoints. Every module with controllers
 * declares one bean of this type next to them; {@code accounts}' SecurityConfig applies
 * all of them and denies what none allows. Within a module the order of a list is kept (a
 * more specific rule such as {@code /events/new} before {@code /events/*}); between
 * modules the order must not matter, so a module's patterns name only its own paths
 * (AccessRuleCoverageTests checks that, that every handler mapping has a rule and a case
 * in the access matrix, and that no rule names a path nobody serves). See docs/access.md.
 */
public interface AccessRules {

	/** Rules of the REST API chain ({@code /api/**}: API keys, no session). */
	default List<AccessRule> api() {
		return List.of();
	}

	/** Rules of the web chain (session, form sign-in, CSRF). */
	default List<AccessRule> web() {
		return List.of();
	}

	/**
	 * Public, read-only pages that other sites may frame: served by their own chain
	 * without session or cookie. Only anonymous GET rules belong here.
	 */
	default List<AccessRule> embeddable() {
		return List.of();
	}

}
