package org.kakehashi;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Calls to the REST API as the holder of an API key ({@code Authorization: Bearer}). */
public record ApiCalls(MockMvcTester mvc) {

	public MvcTestResult get(String uri, String key) {
		return mvc.get().uri(uri).header("Authorization", "Bearer " + key).exchange();
	}

	public MvcTestResult delete(String uri, String key) {
		return mvc.delete().uri(uri).header("Authorization", "Bearer " + key).exchange();
	}

	public MvcTestResult post(String uri, String key, String json) {
		return withJson(mvc.post(), uri, key, json);
	}

	public MvcTestResult put(String uri, String key, String json) {
		return withJson(mvc.put(), uri, key, json);
	}

	public MvcTestResult patch(String uri, String key, String json) {
		return withJson(mvc.patch(), uri, key, json);
	}

	private static MvcTestResult withJson(MockMvcTester.MockMvcRequestBuilder request, String uri, String key,
			String json) {
		return request.uri(uri)
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/** The response body as UTF-8 text. */
	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
