package org.kakehashi.shared.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
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
@OpenAPIDefinition(info = @Info(title = "Kakehashi API", version = "v1",
		description = "Clusters, organisations, agreements and events of the Kakehashi platform. "
				+ "Errors are RFC 9457 problem details (docs/api.md).",
		license = @License(name = "Apache-2.0")), security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API key: Authorization: Bearer KEY")
class ApiDocsConfig {

	static {
		// The signed-in user is resolved from the API key, never sent by the client;
		// without
		// this springdoc lists it as a required query parameter on every operation taking
		// it.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return new ProblemResponses();
	}

}
