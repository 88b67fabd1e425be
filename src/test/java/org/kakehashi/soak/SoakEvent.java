package org.kakehashi.soak;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The partnering event the soak registers for, books meetings at and schedules. The
 * demo's own event lies in the past once its date has gone by (registration is then
 * refused), so the soak creates an upcoming one through the API before the run: a month
 * ahead, two days of slots, organised by all five demo clusters.
 */
final class SoakEvent {

	static final String ID = "soak-partnering";

	private SoakEvent() {
	}

	static void prepare(SoakTarget target, Clock clock) {
		HttpClient http = SoakClient.newHttpClient();
		if (send(http, target, "GET", "/api/v1/events/" + ID, null) == 200) {
			return;
		}
		LocalDate first = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(30);
		String event = """
				{"id":"%s","kind":"partnering-conference","nameDe":"Soak-Partnering","nameEn":"Soak partnering",
				 "nameJa":"ソーク・パートナリング","timeZone":"Europe/Berlin","startsAt":"%sT09:00:00",
				 "endsAt":"%sT18:00:00","city":"München","country":"DE",
				 "organizers":["biom","lsn","obhq","kawasaki","fbri"]}""".formatted(ID, first, first.plusDays(1));
		expect(201, send(http, target, "POST", "/api/v1/events", event), "create the soak's event");
		String slots = """
				{"days":["%s","%s"],"starts":["09:00","09:30","10:00","10:30","11:00","11:30","12:00","12:30"],
				 "minutes":30,"tables":10}""".formatted(first, first.plusDays(1));
		expect(201, send(http, target, "POST", "/api/v1/events/" + ID + "/slots", slots), "generate its slots");
	}

	private static void expect(int wanted, int got, String what) {
		if (got != wanted) {
			throw new IllegalStateException("could not " + what + ": HTTP " + got);
		}
	}

	private static int send(HttpClient http, SoakTarget target, String method, String path, String json) {
		HttpRequest.Builder r = HttpRequest.newBuilder(target.base().resolve(path))
			.header("Authorization", "Bearer " + target.adminApiKey())
			.header("Accept", "application/json");
		if (json != null) {
			r.header("Content-Type", "application/json");
		}
		r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		try {
			return http.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException e) {
			throw new IllegalStateException("could not reach " + path, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

}
