package org.kakehashi.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error dispatch, for errors raised before a controller is
 * chosen: the security firewall refusing a path ({@code ..}, {@code //}, an encoded NUL:
 * 400), a content type no operation consumes (415). Pages keep Spring Boot's handling
 * (the localized error templates); the API answers with a problem detail and its
 * {@code type}, like every other API error (ADR 0013). Found by the API fuzzer.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers) {
		super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		HttpStatus status = getStatus(request);
		if (uri == null || !String.valueOf(uri).startsWith("/api/") || status.value() < 400) {
			return super.error(request);
		}
		ProblemType type = ProblemType.forStatus(status.value());
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.uri().toString());
		problem.put("title", type.title());
		problem.put("status", status.value());
		// a server error's message may name internals; a refusal's says what was refused
		problem.put("detail", status.is5xxServerError() || message == null || String.valueOf(message).isBlank()
				? type.title() : String.valueOf(message));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
