package org.kakehashi.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kakehashi.soak.SoakClient.Page;

/**
 * What a person does in one step of a visit, through the pages and forms a browser would
 * use (forms are read from the page and sent back with the fields a person would fill
 * in), or through the API with the administrator's key. Each method is one row of the mix
 * in {@link SoakMix}; refusals (4xx) are fine, only server errors count.
 */
final class SoakActions {

	static final String EVENT = SoakEvent.ID;

	private static final List<String> PAGES = List.of("/", "/organizations", "/clusters", "/clusters/biom",
			"/clusters/obhq", "/search?q=antibody", "/search?q=Zelltherapie",
			"/search?q=%E5%86%8D%E7%94%9F%E5%8C%BB%E7%99%82", "/thesaurus", "/agreements", "/agreements/biom-obhq-2022",
			"/partnerships/biom/kawasaki", "/posts", "/opportunities", "/requests", "/events", "/events/" + EVENT,
			"/events/" + EVENT + "/agenda", "/events/" + EVENT + "/participants", "/profile", "/subscriptions",
			"/organizations/biom-0001", "/organizations/obhq-0002/suggestions", "/feeds/clusters/biom.atom",
			"/widgets/clusters/biom/partners");

	private static final List<String> API_READS = List.of("/api/v1/clusters", "/api/v1/clusters/lsn",
			"/api/v1/organizations?cluster=biom", "/api/v1/organizations/kawasaki-0001",
			"/api/v1/organizations/search?q=antibody", "/api/v1/agreements", "/api/v1/agreements/lsn-fbri-2016",
			"/api/v1/posts", "/api/v1/opportunities", "/api/v1/requests", "/api/v1/events",
			"/api/v1/events/" + EVENT + "/slots", "/api/v1/users");

	private SoakActions() {
	}

	static boolean signIn(Visit v) {
		Page login = v.client().get("/login");
		Optional<HtmlForm> form = HtmlForm.first(login.body(), "/login");
		if (form.isEmpty()) {
			return false;
		}
		String password = v.user().role() == SoakUser.Role.ADMIN ? v.target().adminPassword() : SoakUser.DEMO_PASSWORD;
		Page home = v.client().submit(form.get().with("username", v.user().username()).with("password", password));
		return home.status() == 200 && !home.path().startsWith("/login");
	}

	static void signOut(Visit v) {
		Page home = v.client().get("/");
		v.client().submit(HtmlForm.first(home.body(), "/logout").orElse(v.client().csrfForm("/logout")));
		v.client().forgetSession();
	}

	static void browsePage(Visit v) {
		v.client().get(v.pick(PAGES));
	}

	static void readApi(Visit v) {
		v.client().api("GET", v.pick(API_READS), v.target().adminApiKey(), null, null);
	}

	static void switchLanguage(Visit v) {
		v.client().get("/?lang=" + v.pick(List.of("de", "en", "ja")));
	}

	static void saveProfile(Visit v) {
		form(v, "/profile", "/profile").map(f -> f.with("locale", v.pick(List.of("de", "en", "ja"))))
			.ifPresent(v.client()::submit);
	}

	static void writePost(Visit v) {
		form(v, "/posts/new", "/posts")
			.map(f -> f.with("titleEn", "Soak update " + v.serial())
				.with("bodyEn", "Regional news written by the soak driver.")
				.with("audience", v.random().nextBoolean() ? "public" : "partners")
				.withRandomChoice("sharedWith", v.random()))
			.ifPresent(v.client()::submit);
	}

	static void commentOnPost(Visit v) {
		randomLink(v, "/posts", "/posts/(\\d+)\"").flatMap(post -> form(v, post, "/comments"))
			.map(f -> f.with("body", "Thanks, we are interested (" + v.serial() + ")."))
			.ifPresent(v.client()::submit);
	}

	static void fileRequest(Visit v) {
		form(v, "/requests/new", "/requests")
			.map(f -> f.with("title", "Market entry help " + v.serial())
				.with("description", "We look for distribution partners for antibody reagents in the partner region.")
				.withRandomChoice("targetCluster", v.random()))
			.ifPresent(v.client()::submit);
	}

	/** Takes one of the steps the request page offers (forward, accept, introduce...). */
	static void advanceRequest(Visit v) {
		Optional<String> request = randomLink(v, "/requests", "/requests/([A-Z0-9][A-Za-z0-9-]*)\"");
		if (request.isEmpty()) {
			return;
		}
		Page page = v.client().get(request.get());
		List<HtmlForm> steps = HtmlForm.find(page.body(), "/steps")
			.stream()
			.filter(f -> !f.value("action").orElse("").equals("decline"))
			.toList();
		if (!steps.isEmpty()) {
			v.client()
				.submit(v.pick(steps)
					.with("reason", "Not now")
					.withFirstChoice("organizations")
					.with("rating", "5")
					.with("comment", "Helpful introduction"));
		}
		else {
			HtmlForm.first(page.body(), "/messages")
				.ifPresent(f -> v.client().submitMultipart(f.with("body", "Any news? (" + v.serial() + ")")));
		}
	}

	static void expressInterest(Visit v) {
		Optional<String> opportunity = randomLink(v, "/opportunities", "/opportunities/(\\d+)\"");
		if (opportunity.isEmpty()) {
			return;
		}
		Page page = v.client().get(opportunity.get());
		Optional<HtmlForm> answer = HtmlForm.find(page.body(), "/accept").stream().findFirst();
		answer
			.or(() -> HtmlForm.first(page.body(), "/interests")
				.map(f -> f.with("message", "We would like to talk (" + v.serial() + ").")))
			.ifPresent(v.client()::submit);
	}

	static void offerOpportunity(Visit v) {
		form(v, "/opportunities/new", "/opportunities")
			.map(f -> f.with("titleEn", "Licensing offer " + v.serial())
				.with("summaryEn", "A platform technology for antibody discovery, available for licensing.")
				.with("keywords", "antibody, licensing")
				.with("partnerSoughtEn", "A pharma partner in the partner region")
				.withFirstChoice("organization"))
			.ifPresent(v.client()::submit);
	}

	/**
	 * Opens the organisation's form and saves it as it is (a person checking a profile).
	 */
	static void editOrganization(Visit v) {
		String id = v.user().role() == SoakUser.Role.MEMBER ? v.user().organization()
				: v.user().cluster() + "-000" + (2 + v.random().nextInt(5));
		form(v, "/organizations/" + id + "/edit", "/edit").ifPresent(v.client()::submit);
	}

	static void editAgreement(Visit v) {
		List<String> mine = v.user().agreements();
		if (!mine.isEmpty()) {
			form(v, "/agreements/" + v.pick(mine) + "/edit", "/edit").ifPresent(v.client()::submit);
		}
	}

	static void registerForEvent(Visit v) {
		form(v, "/events/" + EVENT, "/register").ifPresent(v.client()::submit);
	}

	private static final Pattern AVAILABILITY = Pattern.compile("hx-post=\"(/events/[^\"]+/availability/\\d+/\\d+)\"");

	static void setAvailability(Visit v) {
		Page page = v.client().get("/events/" + EVENT + "/availability");
		List<String> cells = matches(page.body(), AVAILABILITY);
		if (!cells.isEmpty()) {
			v.client().htmxPost(v.pick(cells), Map.of("available", String.valueOf(v.random().nextBoolean())));
		}
	}

	static void requestMeeting(Visit v) {
		Page page = v.client().get("/events/" + EVENT + "/requests");
		Optional<HtmlForm> accept = HtmlForm.find(page.body(), "/accept").stream().findFirst();
		accept
			.or(() -> HtmlForm.first(page.body(), "/events/" + EVENT + "/requests")
				.map(f -> f.withRandomChoice("receiver", v.random()).with("message", "Meet at the booth?")))
			.ifPresent(v.client()::submit);
	}

	static void viewAdminPages(Visit v) {
		v.client().get(v.pick(List.of("/admin/users", "/admin/search", "/organizations/import")));
	}

	// Periodic work (SoakMix.PERIODIC): heavier, so time-gated rather than weighted.

	static void runScheduler(Visit v) {
		Optional<HtmlForm> run = form(v, "/events/" + EVENT + "/schedule", "/schedule/runs");
		if (run.isPresent()) {
			Page progress = v.client().submit(run.get().with("seconds", "2"));
			for (int i = 0; i < 3; i++) {
				v.client().get(progress.path() + "/progress");
			}
		}
	}

	static void rebuildSearchIndex(Visit v) {
		form(v, "/admin/search", "/admin/search/rebuild").ifPresent(v.client()::submit);
	}

	/** Imports (first creates, then updates) twenty organisations through the API. */
	static void importOrganizations(Visit v) {
		StringBuilder lines = new StringBuilder();
		for (int i = 1; i <= 20; i++) {
			lines.append("{\"id\": \"soak-org-")
				.append(i)
				.append("\", \"kind\": \"company\", \"country\": \"DE\", \"cluster\": \"biom\", \"name\": {\"en\": \"Soak ")
				.append(i)
				.append(" GmbH ")
				.append(v.serial())
				.append("\"}, \"topics\": [\"oncology\"], \"interests\": [\"licensing\"]}\n");
		}
		v.client()
			.api("POST", "/api/v1/organizations/import", v.target().adminApiKey(), "application/x-ndjson",
					lines.toString());
	}

	private static Optional<HtmlForm> form(Visit v, String page, String actionEnd) {
		return HtmlForm.first(v.client().get(page).body(), actionEnd);
	}

	private static Optional<String> randomLink(Visit v, String listPage, String pattern) {
		List<String> ids = matches(v.client().get(listPage).body(), Pattern.compile("href=\"" + pattern));
		return ids.isEmpty() ? Optional.empty() : Optional.of(listPage + "/" + v.pick(ids));
	}

	private static List<String> matches(String html, Pattern pattern) {
		Matcher m = pattern.matcher(html);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

}
