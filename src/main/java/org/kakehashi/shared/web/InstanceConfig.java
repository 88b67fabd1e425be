package org.kakehashi.shared.web;

import org.kakehashi.shared.InstanceId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One identity per running instance, shared by every module's background work. */
@Configuration(proxyBeanMethods = false)
class InstanceConfig {

	@Bean
	InstanceId instanceId() {
		return InstanceId.forThisProcess();
	}

}
