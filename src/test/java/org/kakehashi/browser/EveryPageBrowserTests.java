package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.RequestOptions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kakehashi.DemoUsers;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.directory.ImportJobs;
import org.kakehashi.events.ScheduleService;
import org.kakehashi.requests.FileEntryRequest;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequestType;
import org.kakehashi.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of the application in real Chromium, in German, English and Japanese, on a
 * laptop (1280 px) and a phone (390 px): axe-core finds no serious or critical WCAG 2
 * A/AA violation, no page is wider than the window, no message key is missing
 * ({@code ??}), and no navigation word, label, button or option is text of another UI
 * language. The pages come from the application's own handler mappings, so a new page is
 * crawled without anyone adding it; a page whose path variables the crawler cannot fill,
 * or that no demo user may see, fails until {@link #prepareFixtures()} fills them or
 * {@link #EXCLUDED} says why it is no page (README, "Test").
 */
class EveryPageBrowserTests extends BrowserTest {

	static final List<String> LANGUAGES = List.of("de", "en", "ja");

	static final String ANONYMOUS = "anonymous";

	/**
	 * Who visits a page: the first of these the page answers with 200 and HTML. The
	 * cluster manager sees the most; the member sees the agenda and outcomes, the
	 * administrator the administration, anonymous the sign-in and password pages.
	 */
	static final List<String> VISITORS = List.of(DemoUsers.BIOM_MANAGER, DemoUsers.BIOM_MEMBER, DemoUsers.ADMIN,
			DemoUsers.FUNDER, ANONYMOUS);

	/** Pages that look different for other people, visited by them as well. */
	static final List<Visit> ALSO = List.of(new Visit("/", DemoUsers.BIOM_MEMBER), new Visit("/", DemoUsers.ADMIN),
			new Visit("/", "manager.osaka"), new Visit("/reports", DemoUsers.FUNDER),
			new Visit("/agreements/{id}", DemoUsers.FUNDER), new Visit("/events/{id}", DemoUsers.BIOM_MEMBER),
			new Visit("/organizations/{id}/edit", DemoUsers.BIOM_MEMBER),
			new Visit("/requests/new", DemoUsers.BIOM_MEMBER), new Visit("/requests/{id}", DemoUsers.BIOM_MEMBER),
			new Visit("/outcomes", DemoUsers.BIOM_MEMBER), new Visit("/events/{id}/participants", DemoUsers.ADMIN));

	/**
	 * Mappings that answer with a view but are not pages of their own, and why. Anything
	 * else that returns a view is crawled.
	 */
	static final Map<String, String> EXCLUDED = Map.of(
			// only between password and second factor; SecondFactorBrowserTests walks it
			"/login/second-factor", "a step of signing in with a second factor",
			// htmx fragments polled by their pages, which are crawled
			"/events/{id}/schedule/runs/{runId}/progress", "fragment of /events/{id}/schedule/runs/{runId}",
			"/organizations/import/{id}/progress", "fragment of /organizations/import/{id}",
			"/organizations/{id}/suggestions", "fragment of /organizations/{id}");

	/**
	 * axe-core (the script of its Java Playwright integration) on WCAG 2.0 and 2.1 A and
	 * AA, asked for violations only: AxeBuilder.analyze() also collects every passing
	 * node (ADR 0015).
	 */
	static final String AXE_RUN = """
			() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			                          resultTypes: ['violations'] })
			  .then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', ')
			      + (v.nodes.length > 4 ? ' and ' + (v.nodes.length - 4) + ' more' : '')))""";

	static final List<String> NAV_KEYS = List.of("nav.search", "nav.directory", "nav.organizations", "nav.clusters",
			"nav.agreements", "nav.exchange", "nav.opportunities", "nav.requests", "nav.events", "nav.reports",
			"nav.outcomes", "nav.profile", "nav.signOut", "nav.signIn");

	/** Lists what sticks out of the window, for the failure message. */
	static final String OVERFLOW = """
			() => {
			  const width = window.innerWidth;
			  if (document.documentElement.scrollWidth <= width) return [];
			  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
			  const wide = [...document.body.querySelectorAll('*')]
			    .filter(e => e.getBoundingClientRect().right > width + 1)
			    .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1);
			  return ['scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width]
			    .concat(wide.slice(0, 5).map(e => name(e) + ' ' + Math.round(e.getBoundingClientRect().right) + 'px'));
			}""";

	/** The navigation's words, without the language menu (it names all three). */
	static final String NAV_TEXT = """
			() => [...document.querySelectorAll('nav.navbar a, nav.navbar button')]
			  .filter(e => !e.closest('#language-menu, [aria-labelledby=language-menu]'))
			  .map(e => e.textContent.trim()).join(' | ')""";

	/**
	 * The texts of the page's own words: headers, labels, buttons, options, badges,
	 * terms; not headings or cells, which carry people's data in whatever language it was
	 * written, nor the signed-in person's name, nor what is marked as written in another
	 * language (the languages' own names in a language picker).
	 */
	static final String CHROME_TEXT = """
			() => [...new Set([...document.querySelectorAll(
			    'th, label, button, legend, option, summary, caption, dt, .badge, .btn, .form-text, .nav-link')]
			  .filter(e => !e.closest('.nav-user'))
			  .filter(e => (e.closest('[lang]')?.lang ?? '') === document.documentElement.lang)
			  .map(e => e.textContent.replace(/\\s+/g, ' ').trim()).filter(t => t.length > 0))]""";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	AccountService accounts;

	@Autowired
	RequestService requests;

	@Autowired
	ImportJobs imports;

	@Autowired
	ScheduleService schedules;

	/** Path variables by the pattern up to and including them. */
	final Map<String, String> fill = new HashMap<>();

	/** Whole URLs for patterns that need other data than their prefix's. */
	final Map<String, String> whole = new HashMap<>();

	final Map<String, Page> pages = new HashMap<>();

	final Map<String, Map<String, String>> foreignMessages = new HashMap<>();

	final Map<String, Optional<String>> languagesBefore = new LinkedHashMap<>();

	@TestFactory
	Stream<DynamicTest> everyPageIsAccessibleFitsAndSpeaksOneLanguage() throws IOException, InterruptedException {
		prepareFixtures();
		List<DynamicTest> tests = new ArrayList<>();
		for (String pattern : pagePatterns()) {
			if (EXCLUDED.containsKey(pattern)) {
				continue;
			}
			String url = url(pattern);
			if (url == null) {
				tests.add(DynamicTest.dynamicTest("GET " + pattern, () -> {
					throw new AssertionError("GET " + pattern + ": the crawler cannot fill its path variables; "
							+ "fill them in EveryPageBrowserTests.prepareFixtures(), or add the pattern with a reason to EXCLUDED");
				}));
				continue;
			}
			tests.add(DynamicTest.dynamicTest("GET " + pattern, () -> {
				String visitor = VISITORS.stream()
					.filter(user -> isPage(user, url))
					.findFirst()
					.orElseThrow(() -> new AssertionError("GET " + url + " (" + pattern + ") is a page for none of "
							+ VISITORS + "; fill its variables with data one of them may see (prepareFixtures), "
							+ "or add it with a reason to EXCLUDED"));
				assertThat(timed(url, visitor)).as("GET %s as %s", url, visitor).isEmpty();
			}));
		}
		for (Visit visit : ALSO) {
			String url = url(visit.pattern());
			tests.add(DynamicTest.dynamicTest("GET " + visit.pattern() + " as " + visit.user(),
					() -> assertThat(timed(url, visit.user())).as("GET %s as %s", url, visit.user()).isEmpty()));
		}
		return tests.stream();
	}

	/** The checker itself: a page made to fail is failed. */
	@Test
	void theCheckerFindsWhatIsWrong() {
		Page page = newPage("en");
		page.setContent("<!DOCTYPE html><html><body><main><img src='x.png'>"
				+ "<table><tr><td>Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen</td></tr></table>"
				+ "</main></body></html>");

		page.evaluate(AxeBuilder.getAxeScript());
		List<?> violations = (List<?>) page.evaluate(AXE_RUN);
		List<String> problems = new ArrayList<>();
		page.setViewportSize(390, 844);
		overflow(page, "390 px: ", problems);

		assertThat(violations).anySatisfy(v -> assertThat(String.valueOf(v)).startsWith("image-alt (critical)"))
			.anySatisfy(v -> assertThat(String.valueOf(v)).startsWith("html-has-lang (serious)"));
		assertThat(problems).singleElement().asString().contains("wider than the window").contains("table");
		page.context().close();
	}

	@AfterAll
	void restoreLanguages() {
		languagesBefore.forEach((user, language) -> jdbc.sql("update app_user set locale = ? where username = ?")
			.params(language.orElse(null), user)
			.update());
	}

	/** Demo data for the variables, and what the demo data lacks made here. */
	private void prepareFixtures() throws IOException, InterruptedException {
		fill.put("/agreements/{id}", "biom-kawasaki-2020");
		fill.put("/clusters/{id}", "biom");
		fill.put("/widgets/clusters/{id}", "biom");
		fill.put("/organizations/{id}", "biom-0001");
		fill.put("/thesaurus/concepts/{id}", "cell-therapy");
		fill.put("/admin/users/{username}", DemoUsers.BIOM_MEMBER);
		fill.put("/events/{id}", "bio-europe-2026");
		for (String prefix : List.of("/partnerships", "/reports/partnerships")) {
			fill.put(prefix + "/{a}", "biom");
			fill.put(prefix + "/{a}/{b}", "kawasaki");
		}
		// a spent or unknown link has a page of its own, telling the reader so
		fill.put("/password-reset/{token}", "no-such-link");
		fill.put("/posts/{id}", first("select min(id) from post where cluster_id = 'biom'"));
		fill.put("/opportunities/{id}", first("select min(id) from opportunity"));
		// the run page on the upcoming online partnering: a run of bio-europe-2026 would
		// be
		// found where AccessRuleCoverageTests expects none
		String online = first("select min(id) from event where id like 'online-partnering-%'");
		if (online != null) {
			whole.put("/events/{id}/schedule/runs/{runId}",
					"/events/" + online + "/schedule/runs/" + scheduleRun(online));
		}
		String unique = Long.toString(System.nanoTime(), 36);
		fill.put("/requests/{id}",
				requests
					.file(user(DemoUsers.BIOM_MEMBER),
							new FileEntryRequest(RequestType.MARKET_ENTRY, "Vertriebspartner in Kansai " + unique,
									"Wir suchen Vertriebspartner für ein Diagnostikum in Kansai.", "kawasaki", null))
					.id());
		byte[] csv = "name,country,city\nAxe Diagnostics GmbH,DE,München\n".getBytes(StandardCharsets.UTF_8);
		fill.put("/organizations/import/{id}",
				imports
					.upload(user(DemoUsers.BIOM_MANAGER), "axe-" + unique + ".csv", new ByteArrayInputStream(csv), null)
					.id());
	}

	/** A finished scheduler run of the event, started here if it has none. */
	private long scheduleRun(String event) throws InterruptedException {
		String last = first("select max(id) from schedule_run where event_id = '" + event + "'");
		if (last != null) {
			return Long.parseLong(last);
		}
		CurrentUser organiser = user(DemoUsers.BIOM_MANAGER);
		long run = schedules.start(organiser, event, Duration.ofSeconds(1));
		long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (schedules.run(organiser, event, run).finishedAt() == null && System.nanoTime() < giveUp) {
			Thread.sleep(100);
		}
		return run;
	}

	private @Nullable String first(String sql) {
		return jdbc.sql(sql).query((rs, row) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
	}

	private CurrentUser user(String username) {
		return accounts.asCurrentUser(username).orElseThrow();
	}

	/**
	 * Our controllers' GET mappings that answer with a view: not the API, not downloads,
	 * feeds or files (their handlers return a body, not a view), not Spring's.
	 */
	private List<String> pagePatterns() {
		Map<String, String> patterns = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlers.getHandlerMethods().entrySet()) {
			HandlerMethod handler = e.getValue();
			RequestMappingInfo info = e.getKey();
			Class<?> returns = handler.getMethod().getReturnType();
			boolean get = info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition()
				.getMethods()
				.contains(org.springframework.web.bind.annotation.RequestMethod.GET);
			boolean html = info.getProducesCondition().isEmpty() || info.getProducesCondition()
				.getProducibleMediaTypes()
				.stream()
				.anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
			boolean view = returns == String.class || ModelAndView.class.isAssignableFrom(returns);
			if (!get || !html || !view || !handler.getBeanType().getName().startsWith("org.kakehashi.")
					|| ErrorController.class.isAssignableFrom(handler.getBeanType())) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") && !pattern.startsWith("/actuator/")) {
					patterns.put(pattern, handler.toString());
				}
			}
		}
		return List.copyOf(patterns.keySet());
	}

	/** The pattern with its variables filled, or null if one cannot be. */
	private @Nullable String url(String pattern) {
		if (whole.containsKey(pattern)) {
			return whole.get(pattern);
		}
		Matcher variable = Pattern.compile("\\{[^}]+\\}").matcher(pattern);
		StringBuilder url = new StringBuilder();
		int last = 0;
		while (variable.find()) {
			String value = fill.get(pattern.substring(0, variable.end()));
			if (value == null) {
				return null;
			}
			url.append(pattern, last, variable.start()).append(value);
			last = variable.end();
		}
		return url.append(pattern.substring(last)).toString();
	}

	private boolean isPage(String user, String url) {
		APIResponse response = page(user, "en").context()
			.request()
			.get(url, RequestOptions.create().setMaxRedirects(0));
		String type = response.headers().getOrDefault("content-type", "");
		return response.status() == 200 && type.startsWith("text/html") && response.text().contains("<html");
	}

	private List<String> timed(String url, String user) {
		long start = System.nanoTime();
		List<String> problems = check(url, user);
		System.out.printf("every page: %s as %s, %d ms, %d problems%n", url, user,
				(System.nanoTime() - start) / 1_000_000, problems.size());
		return problems;
	}

	/** Everything wrong with the page, in every language and at both widths. */
	private List<String> check(String url, String user) {
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			Page page = page(user, language);
			page.setViewportSize(1280, 900);
			Response response = page.navigate(url);
			String where = language + " ";
			if (response == null || response.status() != 200) {
				problems.add(where + "answered " + (response == null ? "nothing" : response.status()));
				continue;
			}
			try {
				// parts loaded by htmx once the page is there (an organisation's
				// suggestions)
				page.waitForFunction("() => !document.querySelector('[hx-trigger=load]')", null,
						new Page.WaitForFunctionOptions().setTimeout(15_000));
			}
			catch (TimeoutError ex) {
				problems.add(where + "a part loaded with the page never came");
			}
			String lang = (String) page.evaluate("document.documentElement.lang");
			if (!language.equals(lang)) {
				problems.add(where + "<html lang=\"" + lang + "\">");
			}
			axe(page, where, problems);
			if (page.content().contains("??")) {
				Matcher key = Pattern.compile("\\?\\?[^?<]{0,60}\\?\\?").matcher(page.content());
				problems.add(where + "a missing message: " + (key.find() ? key.group() : "??"));
			}
			for (Object text : (List<?>) page.evaluate(CHROME_TEXT)) {
				String other = uiText(language).get(String.valueOf(text));
				if (other != null) {
					problems.add(where + "text of the " + other + " UI: '" + text + "'");
				}
			}
			String nav = (String) page.evaluate(NAV_TEXT);
			for (String foreign : foreignNavigationWords(language)) {
				if (nav.contains(foreign)) {
					problems.add(where + "navigation in another language: '" + foreign + "' in " + nav);
				}
			}
			overflow(page, where + "1280 px: ", problems);
			page.setViewportSize(390, 844);
			overflow(page, where + "390 px: ", problems);
			if (language.equals("de")) {
				// on the phone too, in the language with the longest words: what scrolls
				// must be reachable by keyboard; axe again is worth it in one language
				axe(page, where + "390 px: ", problems);
			}
			if (Boolean.getBoolean("kakehashi.screenshots") && !language.equals("en")) {
				String name = url.equals("/") ? "start" : url.substring(1).replaceAll("[^A-Za-z0-9]+", "-");
				screenshot(page, "pages/" + name + "-" + user + "-" + language + "-390");
			}
		}
		return problems;
	}

	private static void axe(Page page, String where, List<String> problems) {
		page.evaluate(AxeBuilder.getAxeScript());
		for (Object violation : (List<?>) page.evaluate(AXE_RUN)) {
			problems.add(where + "axe " + violation);
		}
	}

	@SuppressWarnings("unchecked")
	private void overflow(Page page, String where, List<String> problems) {
		List<String> wide = (List<String>) page.evaluate(OVERFLOW);
		if (!wide.isEmpty()) {
			problems.add(where + "wider than the window: " + String.join("; ", wide));
		}
	}

	/**
	 * Every message of the other two languages that the page's language does not have
	 * among its own messages, with the language it belongs to: a label, button or option
	 * reading exactly so is text of another UI language. Short texts (codes such as
	 * "PDF") are left out.
	 */
	private Map<String, String> uiText(String language) {
		return foreignMessages.computeIfAbsent(language, l -> {
			Set<String> own = new HashSet<>(bundle(l).values());
			Map<String, String> foreign = new HashMap<>();
			LANGUAGES.stream()
				.filter(other -> !other.equals(l))
				.forEach(other -> bundle(other).values()
					.stream()
					.filter(text -> text.length() > 3 && !own.contains(text) && !text.contains("{"))
					.forEach(text -> foreign.putIfAbsent(text, other)));
			return foreign;
		});
	}

	private static Map<String, String> bundle(String language) {
		Properties properties = new Properties();
		try (var in = EveryPageBrowserTests.class.getResourceAsStream("/messages_" + language + ".properties")) {
			properties.load(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> texts = new HashMap<>();
		properties.forEach((key, value) -> texts.put((String) key, ((String) value).replace("''", "'")));
		return texts;
	}

	/** The other languages' navigation words that the page's language does not share. */
	private List<String> foreignNavigationWords(String language) {
		List<String> own = NAV_KEYS.stream().map(k -> label(k, language)).toList();
		return LANGUAGES.stream()
			.filter(other -> !other.equals(language))
			.flatMap(other -> NAV_KEYS.stream().map(k -> label(k, other)))
			.filter(word -> own.stream().noneMatch(o -> o.contains(word)))
			.distinct()
			.toList();
	}

	private String label(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

	/**
	 * One browser profile per user and language, signed in once. The user's remembered
	 * language wins over the browser's at sign-in, so it is set first (and restored after
	 * all); the language menu is not used, as it would remember the choice itself.
	 */
	private Page page(String user, String language) {
		return pages.computeIfAbsent(user + "/" + language, key -> {
			Page page = newPage(language);
			if (user.equals(ANONYMOUS)) {
				return page;
			}
			languagesBefore.computeIfAbsent(user,
					u -> jdbc.sql("select locale from app_user where username = ?")
						.param(u)
						.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
						.single());
			jdbc.sql("update app_user set locale = ? where username = ?").params(language, user).update();
			return signIn(page, user, user.equals(DemoUsers.ADMIN) ? DemoUsers.ADMIN_PASSWORD : DemoUsers.PASSWORD);
		});
	}

	record Visit(String pattern, String user) {
	}

}
