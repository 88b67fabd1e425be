package org.kakehashi.shared.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * Title and the API-key scheme of the OpenAPI description at {@code /api/openapi.json}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "Kakehashi API", version = "v1",
				description = "Clusters, organisations, agreements and events of the Kakehashi platform. "
						+ "Errors are RFC 9457 problem details.",
				license = @License(name = "Apache-2.0")),
		security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API key: Authorization: Bearer KEY")
class ApiDocsConfig {

}
