package org.kakehashi.thesaurus;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The built-in vocabulary as one shared, immutable bean. */
@Configuration(proxyBeanMethods = false)
class ThesaurusConfig {

	@Bean
	Thesaurus thesaurus() {
		return Thesaurus.loadDefault();
	}

}
