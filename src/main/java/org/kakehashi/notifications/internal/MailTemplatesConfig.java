package org.kakehashi.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Mail templates are plain text ({@code templates/mail/*.txt}), beside the HTML pages.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplatesConfig {

	@Bean
	ClassLoaderTemplateResolver mailTemplateResolver() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setResolvablePatterns(Set.of("mail/*"));
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setOrder(1);
		resolver.setCacheable(true);
		return resolver;
	}

}
