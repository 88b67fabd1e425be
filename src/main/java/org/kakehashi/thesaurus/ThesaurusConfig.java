package org.kakehashi.thesaurus;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vocabulary as it was at start-up (built-in file plus stored additions), for code
 * that reads it once. Code that must follow later additions reads
 * {@link ThesaurusService#current()}.
 */
@Configuration(proxyBeanMethods = false)
class ThesaurusConfig {

	@Bean
	Thesaurus thesaurus(ThesaurusService service) {
		return service.current();
	}

}
