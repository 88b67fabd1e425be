package org.kakehashi.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.ADMIN_API_KEY;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Writing agreements over REST: drafts, versions, conflicts, renewals, and who may not.
 */
@IntegrationTest
class AgreementApiIntegrationTests {

	static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Test
	void aPartysManagerRecordsADraftAndSignsItWithTheVersionRead() {
		String key = key("manager.lsn");
		String id = uniqueId("api-draft");

		MvcTestResult created = post("/api/v1/agreements", key, draft(id, null, "2030-12-31"));
		MvcTestResult noVersion = put("/api/v1/agreements/" + id, key, draft(null, "2026-03-01", "2030-12-31"));
		MvcTestResult signed = put("/api/v1/agreements/" + id, key,
				withVersion(draft(null, "2026-03-01", "2030-12-31"), 0));

		assertThat(created).hasStatus(201).hasHeader("Location", "/api/v1/agreements/" + id);
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("draft");
		assertThat(created).bodyJson().extractingPath("$.version").isEqualTo(0);
		assertThat(created).bodyJson().extractingPath("$.commitments[0].rule.minimum").isEqualTo(1);
		assertThat(created).bodyJson().extractingPath("$.commitments[0].state").isEqualTo("open");
		assertThat(created).bodyJson().extractingPath("$.commitments[0].reason").isEqualTo("not-in-force");
		assertThat(noVersion).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("version");
		assertThat(signed).hasStatusOk().bodyJson().extractingPath("$.signed").isEqualTo("2026-03-01");
		assertThat(signed).bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(signed).bodyJson().extractingPath("$.status").isIn("active", "signed", "expiring", "expired");
	}

	@Test
	void aStaleVersionIsRefusedWith409AndNothingIsOverwritten() {
		String key = key("manager.lsn");
		String id = uniqueId("api-conflict");
		post("/api/v1/agreements", key, draft(id, "2026-01-10", "2030-12-31"));

		MvcTestResult first = put("/api/v1/agreements/" + id, key,
				withVersion(titled(draft(null, "2026-01-10", "2030-12-31"), "First edit"), 0));
		MvcTestResult second = put("/api/v1/agreements/" + id, key,
				withVersion(titled(draft(null, "2026-01-10", "2030-12-31"), "Second edit"), 0));

		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(second).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:concurrent-edit");
		assertThat(get("/api/v1/agreements/" + id, key)).bodyJson()
			.extractingPath("$.title.en")
			.isEqualTo("First edit");
	}

	@Test
	void othersMayReadButNeverWrite() {
		String id = uniqueId("api-denied");
		post("/api/v1/agreements", key("manager.lsn"), draft(id, "2026-01-10", "2030-12-31"));
		String change = withVersion(titled(draft(null, "2026-01-10", "2030-12-31"), "Hijacked"), 0);

		assertThat(put("/api/v1/agreements/" + id, key("manager.biom"), change)).hasStatus(403)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:forbidden");
		assertThat(put("/api/v1/agreements/" + id, key("member.lsn"), change)).hasStatus(403);
		assertThat(put("/api/v1/agreements/" + id, key("funder"), change)).hasStatus(403);
		assertThat(post("/api/v1/agreements", key("member.lsn"), draft(uniqueId("api-member"), null, null)))
			.hasStatus(403);
		assertThat(post("/api/v1/agreements", key("manager.biom"), draft(uniqueId("api-other"), null, null)))
			.hasStatus(403);
		assertThat(mvc.put().uri("/api/v1/agreements/" + id).contentType(MediaType.APPLICATION_JSON).content(change))
			.hasStatus(401);
		assertThat(get("/api/v1/agreements/" + id, key("funder"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.title.en")
			.isEqualTo("Test agreement");
	}

	@Test
	void invalidAgreementsAreRefusedWith422NamingTheFields() {
		String body = """
				{"kind": "treaty", "title": {}, "parties": ["lsn"], "starts": "2026-05-01", "ends": "2026-01-01",
				 "commitments": [{"kind": "meetings", "text": {"en": "meet"}, "rule": {"minimum": 0, "period": "year"}}]}""";

		MvcTestResult result = post("/api/v1/agreements", key("manager.lsn"), body);

		assertThat(result).hasStatus(422)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("kind", "titles", "parties", "endsOn", "commitments[0].minimum");
	}

	@Test
	void signatoriesAreCheckedOneByOneAndSignOnlyForAParty() {
		String body = """
				{"kind": "letter-of-intent", "title": {"en": "Signatories"}, "parties": ["lsn", "fbri"],
				 "signatories": [{"name": " ", "capacity": "SIGNATORY"},
				                 {"name": "Dr. Elsewhere", "partyId": "biom", "capacity": "SIGNATORY"},
				                 {"name": "Dr. Kobe", "partyId": "fbri", "capacity": "SIGNATORY"}]}""";

		MvcTestResult result = post("/api/v1/agreements", key("manager.lsn"), body);

		assertThat(result).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("signatories[0].name", "signatories[1].partyId");
		assertThat(result).bodyJson().extractingPath("$.errors[1].code").isEqualTo("signatory-party");
	}

	@Test
	void aRenewalLinksToItsPredecessorAndFollowsOnFromItsEnd() {
		String key = key("manager.lsn");
		String id = uniqueId("api-renew");
		post("/api/v1/agreements", key, draft(id, "2026-01-10", "2028-01-09"));

		MvcTestResult renewal = post("/api/v1/agreements/" + id + "/renewals", key, "{}");
		MvcTestResult again = post("/api/v1/agreements/" + id + "/renewals", key, "{}");

		assertThat(renewal).hasStatus(201).bodyJson().extractingPath("$.renews").isEqualTo(id);
		assertThat(renewal).bodyJson().extractingPath("$.starts").isEqualTo("2028-01-10");
		assertThat(renewal).bodyJson().extractingPath("$.ends").isEqualTo("2030-01-09");
		assertThat(renewal).bodyJson().extractingPath("$.status").isEqualTo("draft");
		assertThat(renewal).bodyJson().extractingPath("$.parties").asArray().containsExactly("lsn", "fbri");
		assertThat(again).hasStatus(409);
		assertThat(get("/api/v1/agreements/" + id, key)).bodyJson().extractingPath("$.status").isEqualTo("renewed");
	}

	@Test
	void theDemoAgreementsKeepTheContractShapeWithRulesAndStates() {
		MvcTestResult result = get("/api/v1/agreements/biom-kawasaki-2020", key("funder"));

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.parties").asArray().containsExactly("biom", "kawasaki");
		assertThat(result).bodyJson().extractingPath("$.signed").isEqualTo("2020-02-11");
		assertThat(result).bodyJson().extractingPath("$.renews").isEqualTo("biom-kawasaki-2017");
		assertThat(result).bodyJson().extractingPath("$.commitments[4].kind").isEqualTo("meetings");
		assertThat(result).bodyJson()
			.extractingPath("$.commitments[4].rule.atEvents")
			.asArray()
			.containsExactly("BIO-Europe", "BIO International", "BioJapan");
		assertThat(result).bodyJson().extractingPath("$.commitments[2].rule.minimum").isEqualTo(4);
		assertThat(result).bodyJson().extractingPath("$.commitments[0].state").isEqualTo("manual");
		assertThat(result).bodyJson().extractingPath("$.commitments[4].periodStart").isEqualTo("2023-01-01");
		assertThat(result).bodyJson().extractingPath("$.commitments[4].periodEnd").isEqualTo("2023-02-10");
		assertThat(result).bodyJson()
			.extractingPath("$.commitments[*].state")
			.asArray()
			.allSatisfy(s -> assertThat(s).isIn("met", "at-risk", "missed", "open", "manual"));
	}

	static String uniqueId(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36) + "-" + SEQ.incrementAndGet();
	}

	static String draft(String id, String signed, String ends) {
		return """
				{%s"kind": "letter-of-intent", "title": {"en": "Test agreement", "ja": "テスト協定"},
				 "parties": ["lsn", "fbri"], "signed": %s, "signedPrecision": "day", "ends": %s,
				 "commitments": [{"kind": "meetings", "text": {"en": "Visit once a year"},
				                  "rule": {"minimum": 1, "period": "year", "atEvents": ["BioJapan"]}},
				                 {"kind": "free-text", "text": {"en": "Network"}}]}"""
			.formatted(id == null ? "" : "\"id\": \"" + id + "\", ", json(signed), json(ends));
	}

	static String titled(String body, String title) {
		return body.replace("\"en\": \"Test agreement\"", "\"en\": \"" + title + "\"");
	}

	static String withVersion(String body, long version) {
		return body.substring(0, body.lastIndexOf('}')) + ", \"version\": " + version + "}";
	}

	private static String json(String date) {
		return date == null ? "null" : "\"" + date + "\"";
	}

	String key(String username) {
		MvcTestResult r = post("/api/v1/api-keys", ADMIN_API_KEY, "{\"username\": \"" + username + "\"}");
		try {
			return JsonPath.read(r.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.key");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	MvcTestResult get(String uri, String key) {
		return mvc.get().uri(uri).header("Authorization", "Bearer " + key).exchange();
	}

	MvcTestResult post(String uri, String key, String json) {
		return mvc.post()
			.uri(uri)
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	MvcTestResult put(String uri, String key, String json) {
		return mvc.put()
			.uri(uri)
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
