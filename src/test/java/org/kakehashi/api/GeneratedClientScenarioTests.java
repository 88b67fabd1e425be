package org.kakehashi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import example.kakehashi.client.ApiClient;
import example.kakehashi.client.ApiException;
import example.kakehashi.client.api.AccountsApi;
import example.kakehashi.client.api.DirectoryApi;
import example.kakehashi.client.api.EventsApi;
import example.kakehashi.client.api.RequestsApi;
import example.kakehashi.client.model.Answer;
import example.kakehashi.client.model.ApiKeyRequest;
import example.kakehashi.client.model.Event;
import example.kakehashi.client.model.EventDraft;
import example.kakehashi.client.model.EventSlot;
import example.kakehashi.client.model.FileRequestBody;
import example.kakehashi.client.model.GeneratedSlots;
import example.kakehashi.client.model.ImportReport;
import example.kakehashi.client.model.MeetingRequest;
import example.kakehashi.client.model.MessageBody;
import example.kakehashi.client.model.MessageJson;
import example.kakehashi.client.model.NewRequest;
import example.kakehashi.client.model.OrganizationDocument;
import example.kakehashi.client.model.Participant;
import example.kakehashi.client.model.Problem;
import example.kakehashi.client.model.Registration;
import example.kakehashi.client.model.RequestDetailJson;
import example.kakehashi.client.model.RequestJson;
import example.kakehashi.client.model.SlotPlan;
import example.kakehashi.client.model.Step;
import example.kakehashi.client.model.TransitionBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.GreenMailInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The OpenAPI document is true (issue 15): a Java client generated from it during the
 * build (OpenAPI Generator, from docs/openapi.json, which {@link OpenApiDocumentTests}
 * keeps equal to the live {@code /api/openapi.json}) works the entry-portal and
 * partnering workflows and an import over HTTP with no request code of its own. Its JSON
 * reader refuses properties the document does not declare, so a response that says more
 * than the document fails here. Same configuration as the OpenAPI, fuzz and probe tests,
 * so it shares their server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GreenMailInitializer.class)
class GeneratedClientScenarioTests {

	/** Far enough ahead that the event is never over while this suite is in use. */
	static final LocalDateTime EVENT_START = LocalDateTime.of(2036, 5, 12, 9, 0);

	@LocalServerPort
	int port;

	String unique;

	@BeforeEach
	void unique() {
		unique = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void aMembersRequestIsForwardedAcceptedAndAnsweredWithAnIntroduction() throws ApiException {
		RequestsApi member = new RequestsApi(clientFor("member.biom"));
		RequestsApi home = new RequestsApi(clientFor(DemoUsers.BIOM_MANAGER));
		RequestsApi partner = new RequestsApi(clientFor("manager.osaka"));
		String osakaMember = new DirectoryApi(clientFor("manager.osaka")).organizations("obhq", null, null, null, 0, 5)
			.getItems()
			.getFirst()
			.getId();

		RequestJson filed = member.fileRequest(new FileRequestBody().type(FileRequestBody.TypeEnum.MARKET_ENTRY)
			.title("Generated client " + unique)
			.description("A CDMO partner in the Kansai region")
			.targetCluster("obhq"));
		RequestJson forwarded = home.takeStep(filed.getId(),
				new TransitionBody().action(TransitionBody.ActionEnum.FORWARD)
					.partnerCluster("obhq")
					.version(filed.getVersion()));
		RequestJson accepted = partner.takeStep(filed.getId(),
				new TransitionBody().action(TransitionBody.ActionEnum.ACCEPT).version(forwarded.getVersion()));
		RequestJson started = partner.takeStep(filed.getId(),
				new TransitionBody().action(TransitionBody.ActionEnum.START).version(accepted.getVersion()));
		partner.takeStep(filed.getId(),
				new TransitionBody().action(TransitionBody.ActionEnum.INTRODUCE)
					.organizations(List.of(osakaMember))
					.version(started.getVersion()));
		partner.postMessage(filed.getId(), new MessageBody().body("We introduced you to " + osakaMember + "."));
		RequestDetailJson read = member.getRequest(filed.getId());
		List<MessageJson> thread = member.listMessages(filed.getId());

		assertThat(filed.getState()).isEqualTo(RequestJson.StateEnum.SUBMITTED);
		assertThat(filed.getFiledBy()).isEqualTo("member.biom");
		assertThat(forwarded.getAgreement()).isEqualTo("biom-obhq-2022");
		assertThat(accepted.getState()).isEqualTo(RequestJson.StateEnum.ACCEPTED);
		assertThat(read.getState()).isEqualTo(RequestDetailJson.StateEnum.INTRODUCTIONS_MADE);
		assertThat(read.getType()).isEqualTo(RequestDetailJson.TypeEnum.MARKET_ENTRY);
		assertThat(read.getPartnerCluster()).isEqualTo("obhq");
		assertThat(read.getHistory()).extracting(Step::getTo)
			.containsExactly(Step.ToEnum.SUBMITTED, Step.ToEnum.FORWARDED, Step.ToEnum.ACCEPTED,
					Step.ToEnum.IN_PROGRESS, Step.ToEnum.INTRODUCTIONS_MADE);
		assertThat(read.getIntroductions()).singleElement()
			.satisfies(i -> assertThat(i.getOrganizationId()).isEqualTo(osakaMember));
		assertThat(thread).extracting(MessageJson::getBody)
			.containsExactly("We introduced you to " + osakaMember + ".");
		assertThat(member.listRequests()).extracting(RequestJson::getId).contains(filed.getId());
	}

	@Test
	void anOrganiserCreatesAnEventParticipantsRegisterAndAMeetingIsRequestedAndAccepted()
			throws ApiException, IOException {
		EventsApi organiser = new EventsApi(clientFor(DemoUsers.BIOM_MANAGER));
		EventsApi munich = new EventsApi(clientFor("member.biom"));
		EventsApi osaka = new EventsApi(clientFor("member.osaka"));
		String id = "client-" + unique;

		Event created = organiser.createEvent(new EventDraft().id(id)
			.kind("partnering-conference")
			.nameEn("Generated client partnering " + unique)
			.timeZone("Europe/Berlin")
			.startsAt(EVENT_START)
			.endsAt(EVENT_START.plusHours(9))
			.city("München")
			.country("DE")
			.organizers(List.of("biom")));
		EventDraft read = organiser.getEvent(id);
		Event renamed = organiser.updateEvent(id, read.nameDe("Partnering mit generiertem Client " + unique));
		GeneratedSlots slots = organiser.generateSlots(id,
				new SlotPlan().days(List.of(EVENT_START.toLocalDate()))
					.starts(List.of("09:00", "09:30"))
					.minutes(30)
					.tables(5));
		Participant requester = munich.register(id, new Registration());
		Participant receiver = osaka.register(id, null);
		MeetingRequest asked = munich.requestMeeting(id,
				new NewRequest().receiver(receiver.getId()).message("Cell therapy manufacturing?"));
		EventSlot first = slots.getSlots().getFirst();
		MeetingRequest accepted = osaka.acceptMeetingRequest(id, asked.getId(), new Answer().slot(first.getId()));
		ApiException again = catchThrowableOfType(ApiException.class,
				() -> osaka.acceptMeetingRequest(id, asked.getId(), null));

		assertThat(created.getStartsAt().toString()).isEqualTo("2036-05-12T09:00+02:00");
		assertThat(created.getNames()).containsEntry("en", "Generated client partnering " + unique);
		assertThat(read.getStartsAt()).isEqualTo(EVENT_START);
		assertThat(read.getEndsAt()).isEqualTo(EVENT_START.plusHours(9));
		assertThat(read.getVersion()).isNotNull();
		assertThat(renamed.getNames()).containsEntry("de", "Partnering mit generiertem Client " + unique);
		assertThat(slots.getAdded()).isEqualTo(2);
		assertThat(slots.getSlots()).extracting(EventSlot::getCode).containsExactly("d1-0900", "d1-0930");
		assertThat(first.getStartsAt().toLocalDate()).isEqualTo(LocalDate.of(2036, 5, 12));
		assertThat(requester.getKind()).isEqualTo(Participant.KindEnum.MEMBER);
		assertThat(receiver.getUsername()).isEqualTo("member.osaka");
		assertThat(asked.getStatus()).isEqualTo(MeetingRequest.StatusEnum.PENDING);
		assertThat(asked.getRequesterId()).isEqualTo(requester.getId());
		assertThat(accepted.getStatus()).isEqualTo(MeetingRequest.StatusEnum.ACCEPTED);
		assertThat(organiser.listParticipants(id)).extracting(Participant::getUsername)
			.containsExactlyInAnyOrder("member.biom", "member.osaka");
		assertThat(again.getCode()).isEqualTo(409);
		Problem problem = strictReader().readValue(again.getResponseBody(), Problem.class);
		assertThat(problem.getType()).isEqualTo("urn:kakehashi:problem:wrong-state");
		assertThat(problem.getState()).isEqualTo("accepted");
	}

	@Test
	void aManagerImportsOrganisationsAsJsonLinesAndReadsTheReport() throws ApiException {
		DirectoryApi directory = new DirectoryApi(clientFor(DemoUsers.BIOM_MANAGER));
		String id = "biom-client-" + unique;

		ImportReport report = directory.importOrganizations(
				"{\"id\": \"" + id + "\", \"kind\": \"company\", \"country\": \"DE\", \"cluster\": \"biom\", "
						+ "\"name\": {\"de\": \"Beispiel " + unique + "\"}}\n{oops\n");
		OrganizationDocument imported = directory.organization(id);

		assertThat(report.getLines()).isEqualTo(2);
		assertThat(report.getCreated()).isEqualTo(1);
		assertThat(report.getRejected()).isEqualTo(1);
		assertThat(report.getProblems()).singleElement().satisfies(problem -> {
			assertThat(problem.getLine()).isEqualTo(2);
			assertThat(problem.getCode()).isEqualTo("import.problem.json");
		});
		assertThat(imported.getCluster()).isEqualTo("biom");
		assertThat(imported.getName()).containsEntry("de", "Beispiel " + unique);
	}

	/**
	 * A client acting as {@code username}, with a key made for it by the administrator
	 * through the same client. The key goes into the header the document's security
	 * scheme names; the reader is strict about properties the document does not declare.
	 */
	ApiClient clientFor(String username) throws ApiException {
		String key = username.equals(DemoUsers.ADMIN) ? DemoUsers.ADMIN_API_KEY
				: new AccountsApi(clientFor(DemoUsers.ADMIN))
					.createKey(new ApiKeyRequest().username(username).label("generated client " + unique))
					.getKey();
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://127.0.0.1:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
		client.setObjectMapper(strictReader());
		return client;
	}

	static ObjectMapper strictReader() {
		return ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

}
