package org.kakehashi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Message keys that templates build at run time ({@code #{'request.state.' +
 * ${r.state.code()}}}) exist for every value the application can put behind the prefix.
 * {@link I18nBundlesTests} checks only keys written out in full.
 */
class RuntimeMessageKeysTests {

	/** Prefix → the enum behind it and how a constant becomes the key's last part. */
	static final Map<String, Values> ENUM_PREFIXES = Map.ofEntries(
			Map.entry("agreement.status.", code("org.kakehashi.agreements.AgreementStatus")),
			Map.entry("agreement.kind.", code("org.kakehashi.agreements.AgreementKind")),
			Map.entry("agreement.precision.", name("org.kakehashi.agreements.DatePrecision")),
			Map.entry("commitment.state.", code("org.kakehashi.agreements.CommitmentState")),
			Map.entry("commitment.kind.", code("org.kakehashi.agreements.CommitmentKind")),
			Map.entry("commitment.period.", code("org.kakehashi.agreements.CommitmentPeriod")),
			Map.entry("commitment.rule.", code("org.kakehashi.agreements.CommitmentPeriod")),
			Map.entry("commitment.reason.", code("org.kakehashi.agreements.CommitmentStatus$Reason")),
			Map.entry("signatory.", name("org.kakehashi.agreements.Signatory$Capacity")),
			Map.entry("event.kind.", code("org.kakehashi.events.EventKind")),
			Map.entry("outcome.kind.", code("org.kakehashi.reports.OutcomeKind")),
			Map.entry("outcome.source.", code("org.kakehashi.reports.OutcomeSource")),
			Map.entry("participants.kind.", code("org.kakehashi.events.ParticipantKind")),
			Map.entry("meeting.attendance.", code("org.kakehashi.events.Attendance")),
			Map.entry("request.status.", code("org.kakehashi.events.MeetingRequestStatus")),
			Map.entry("post.kind.", code("org.kakehashi.exchange.PostKind")),
			Map.entry("opportunity.stage.", code("org.kakehashi.exchange.DevelopmentStage")),
			Map.entry("opportunity.type.", code("org.kakehashi.exchange.OpportunityType")),
			Map.entry("interest.state.", name("org.kakehashi.exchange.InterestState")),
			Map.entry("request.state.", code("org.kakehashi.requests.RequestState")),
			Map.entry("request.type.", code("org.kakehashi.requests.RequestType")),
			Map.entry("request.outcome.", code("org.kakehashi.requests.RequestOutcome")),
			Map.entry("request.step.", code("org.kakehashi.requests.RequestStep$Action")),
			Map.entry("request.clock.", code("org.kakehashi.requests.ServiceClock$Status")),
			Map.entry("organization.kind.", code("org.kakehashi.directory.OrganizationKind")),
			Map.entry("organization.size.", code("org.kakehashi.directory.OrganizationSize")),
			Map.entry("import.state.", name("org.kakehashi.directory.ImportJob$State")),
			Map.entry("role.", name("org.kakehashi.shared.Role")));

	/**
	 * Prefixes whose values are not an enum (languages, form fields, string constants);
	 * each is checked by the tests of the page that uses it.
	 */
	static final Set<String> OTHER_PREFIXES = Set.of("agreement.form.", "agreement.form.fullText",
			"agreement.form.summary", "agreement.form.text", "agreement.form.title", "audit.", "exchange.language.",
			"form.description", "form.name", "import.field.", "interest.", "language.", "opportunity.partnerSought",
			"opportunity.summary", "post.body", "post.title", "report.export.", "schedule.import.", "schedule.status.",
			"search.facet.");

	static final Pattern DYNAMIC = Pattern.compile("#\\{'([a-zA-Z0-9_.\\-]+)'\\s*\\+");

	@Test
	void everyValueOfAnEnumBehindAPrefixHasItsKey() throws Exception {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		for (Map.Entry<String, Values> e : ENUM_PREFIXES.entrySet()) {
			for (String value : e.getValue().list()) {
				if (!keys.contains(e.getKey() + value)) {
					missing.add(e.getKey() + value);
				}
			}
		}
		assertThat(missing).as("keys missing from tools/messages/*.py").isEmpty();
	}

	@Test
	void everyPrefixATemplateBuildsIsKnownHere() throws IOException {
		Set<String> unknown = new TreeSet<>();
		try (Stream<Path> files = Files.walk(I18nBundlesTests.RESOURCES.resolve("templates"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher m = DYNAMIC.matcher(Files.readString(file));
				while (m.find()) {
					String prefix = m.group(1);
					if (!ENUM_PREFIXES.containsKey(prefix) && !OTHER_PREFIXES.contains(prefix)) {
						unknown.add(file.getFileName() + ": " + prefix);
					}
				}
			}
		}
		assertThat(unknown)
			.as("a template builds message keys from these prefixes; add each to ENUM_PREFIXES "
					+ "(with the enum behind it) or, if no enum is, to OTHER_PREFIXES")
			.isEmpty();
	}

	record Values(String enumClass, boolean viaCode) {

		List<String> list() throws Exception {
			Class<?> type = Class.forName(enumClass);
			Method code = viaCode ? type.getDeclaredMethod("code") : null;
			if (code != null) {
				code.setAccessible(true);
			}
			List<String> values = new ArrayList<>();
			for (Object constant : type.getEnumConstants()) {
				values.add(code != null ? (String) code.invoke(constant) : ((Enum<?>) constant).name());
			}
			return values;
		}

	}

	private static Values code(String enumClass) {
		return new Values(enumClass, true);
	}

	private static Values name(String enumClass) {
		return new Values(enumClass, false);
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(I18nBundlesTests.RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

}
