package org.kakehashi.shared.web;

import java.time.LocalDateTime;
import java.time.LocalTime;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.media.StringSchema;
import org.kakehashi.shared.CurrentUser;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Title, the API-key scheme and the problem responses of the OpenAPI description at
 * {@code /api/openapi.json}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "Kakehashi API", version = "v1",
				description = "Clusters, organisations, agreements and events of the Kakehashi platform. "
						+ "Errors are RFC 9457 problem details (docs/api.md).",
				license = @License(name = "Apache-2.0", identifier = "Apache-2.0")),
		// relative: the server the document is read from (not the host and port of
		// whoever asked first, which would make the checked-in docs/openapi.json drift)
		servers = @Server(url = "/", description = "the server this document is served by"),
		security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API key: Authorization: Bearer KEY")
class ApiDocsConfig {

	static {
		// The signed-in user is resolved from the API key, never sent by the client;
		// without
		// this springdoc lists it as a required query parameter on every operation taking
		// it.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
		// Local dates and times are written without an offset (an event's start in its
		// own
		// zone, a slot's start time); swagger would declare them date-time, which a
		// client
		// then sends and expects with an offset the API refuses and never gives.
		SpringDocUtils.getConfig()
			.replaceWithSchema(LocalDateTime.class,
					new StringSchema().format("local-date-time")
						.example("2026-11-02T09:00:00")
						.description("a local date and time without offset (ISO 8601)"))
			.replaceWithSchema(LocalTime.class,
					new StringSchema().format("partial-time")
						.example("09:00:00")
						.description("a local time without offset (ISO 8601)"));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return new ProblemResponses();
	}

}
