package org.kakehashi.agreements.internal;

import org.kakehashi.agreements.AgreementsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The module's settings, and scheduling for the daily reminder job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgreementsProperties.class)
class AgreementsConfig {

}
