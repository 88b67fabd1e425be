package org.kakehashi.accounts.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.kakehashi.shared.JsonColumns;
import org.kakehashi.shared.web.ProblemType;

/**
 * Writes the 401/403/429 problem details that security answers with before any controller
 * runs.
 */
final class SecurityProblems {

	private SecurityProblems() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", ProblemType.forStatus(status).uri().toString());
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter().write(JsonColumns.writeObject(body));
	}

}
