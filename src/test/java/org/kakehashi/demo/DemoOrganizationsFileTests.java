package org.kakehashi.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kakehashi.thesaurus.Thesaurus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Guards the demo directory file against drifting from the import contract
 * (docs/interfaces.md, organisation import file) and from the thesaurus it tags with.
 */
class DemoOrganizationsFileTests {

	static final String RESOURCE = "/demo/organizations.jsonl";

	static final Set<String> KINDS = Set.of("company", "academia", "cluster", "authority", "investor", "hospital",
			"other");

	static final Set<String> SIZES = Set.of("micro", "small", "medium", "large");

	static final Set<String> INTERESTS = Set.of("licensing", "co-development", "research-collaboration",
			"contract-services", "distribution", "market-entry", "investment", "other");

	static final Map<String, Set<String>> CLUSTERS_BY_COUNTRY = Map.of("DE", Set.of("biom", "lsn"), "JP",
			Set.of("obhq", "kawasaki", "fbri"));

	/**
	 * Reserved for documentation (RFC 2606): mail to them can never reach a real person.
	 */
	static final Set<String> RESERVED_MAIL_DOMAINS = Set.of("example.org", "example.com", "example.net");

	static final Set<String> LANGUAGES = Set.of("de", "en", "ja");

	static List<JsonNode> organizations;

	@BeforeAll
	static void readFile() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		organizations = new ArrayList<>();
		try (InputStream in = DemoOrganizationsFileTests.class.getResourceAsStream(RESOURCE)) {
			assertThat(in).as(RESOURCE).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				try {
					JsonNode node = json.readTree(line);
					assertThat(node.isObject()).as("line %d is an object", number).isTrue();
					organizations.add(node);
				}
				catch (RuntimeException ex) {
					fail("line " + number + " does not parse: " + ex.getMessage());
				}
			}
		}
	}

	@Test
	void idsAreUniqueAndPrefixedWithTheirCluster() {
		Set<String> seen = new HashSet<>();
		for (JsonNode o : organizations) {
			String id = text(o, "id");
			assertThat(seen.add(id)).as("duplicate id %s", id).isTrue();
			assertThat(id).matches("[a-z]+-\\d{4}").startsWith(text(o, "cluster") + "-");
		}
	}

	@Test
	void requiredFieldsArePresent() {
		for (JsonNode o : organizations) {
			String id = o.path("id").asString("?");
			for (String field : List.of("id", "kind", "country", "city", "cluster", "size", "website")) {
				assertThat(o.path(field).isString() && !o.path(field).asString().isBlank()).as("%s %s", id, field)
					.isTrue();
			}
			for (String field : List.of("name", "description")) {
				JsonNode texts = o.path(field);
				assertThat(texts.isObject() && !texts.isEmpty()).as("%s %s", id, field).isTrue();
				assertThat(texts.propertyNames()).as("%s %s languages", id, field).isSubsetOf(LANGUAGES);
				texts.values().forEach(t -> assertThat(t.asString()).as("%s %s", id, field).isNotBlank());
			}
			assertThat(o.path("contacts").isArray() && !o.path("contacts").isEmpty()).as("%s contacts", id).isTrue();
		}
	}

	@Test
	void kindSizeAndInterestsAreContractValues() {
		for (JsonNode o : organizations) {
			String id = text(o, "id");
			assertThat(text(o, "kind")).as(id).isIn(KINDS);
			assertThat(text(o, "size")).as(id).isIn(SIZES);
			assertThat(strings(o, "interests")).as(id)
				.hasSizeBetween(1, 4)
				.doesNotHaveDuplicates()
				.isSubsetOf(INTERESTS);
		}
	}

	@Test
	void countriesAndClustersMatch() {
		for (JsonNode o : organizations) {
			String country = text(o, "country");
			assertThat(CLUSTERS_BY_COUNTRY).as(text(o, "id")).containsKey(country);
			assertThat(text(o, "cluster")).as(text(o, "id")).isIn(CLUSTERS_BY_COUNTRY.get(country));
		}
	}

	@Test
	void namesAreInTheLocalLanguageAndEnglish() {
		for (JsonNode o : organizations) {
			String local = text(o, "country").equals("DE") ? "de" : "ja";
			assertThat(o.path("name").propertyNames()).as(text(o, "id")).contains(local, "en");
		}
	}

	@Test
	void everyTopicIsAThesaurusConcept() {
		Thesaurus thesaurus = Thesaurus.loadDefault();
		for (JsonNode o : organizations) {
			assertThat(strings(o, "topics")).as(text(o, "id"))
				.hasSizeBetween(2, 5)
				.doesNotHaveDuplicates()
				.allSatisfy(t -> assertThat(thesaurus.concept(t)).as("%s topic %s", text(o, "id"), t).isPresent());
		}
	}

	@Test
	void contactsUseReservedDomainsOnly() {
		for (JsonNode o : organizations) {
			for (JsonNode contact : o.path("contacts")) {
				assertThat(contact.path("name").asString("")).as(text(o, "id")).isNotBlank();
				String email = contact.path("email").asString("");
				assertThat(email).as(text(o, "id")).matches("[a-z0-9._-]+@[a-z0-9.-]+");
				assertThat(email.substring(email.indexOf('@') + 1)).as(email).isIn(RESERVED_MAIL_DOMAINS);
			}
			assertThat(text(o, "website")).matches("https://[a-z0-9-]+\\.example\\.org");
		}
	}

	@Test
	void bothCountriesAreWellRepresented() {
		Map<String, Integer> perCountry = new TreeMap<>();
		organizations.forEach(o -> perCountry.merge(text(o, "country"), 1, Integer::sum));
		assertThat(perCountry.get("DE")).isGreaterThanOrEqualTo(25);
		assertThat(perCountry.get("JP")).isGreaterThanOrEqualTo(25);
	}

	@Test
	void descriptionsMixLanguagesSoSearchMustCrossThem() {
		// per country: some profiles only in the local language, some only in English,
		// some in both
		Map<String, Integer> mix = new TreeMap<>();
		for (JsonNode o : organizations) {
			mix.merge(text(o, "country") + ":" + String.join("+", new TreeSet<>(o.path("description").propertyNames())),
					1, Integer::sum);
		}
		for (String key : List.of("DE:de", "DE:en", "DE:de+en", "JP:ja", "JP:en", "JP:en+ja")) {
			assertThat(mix.getOrDefault(key, 0)).as(key).isGreaterThanOrEqualTo(5);
		}
	}

	private static String text(JsonNode o, String field) {
		return o.path(field).asString("");
	}

	private static List<String> strings(JsonNode o, String field) {
		List<String> values = new ArrayList<>();
		o.path(field).forEach(v -> values.add(v.asString()));
		return values;
	}

}
