package org.kakehashi.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.catalina.filters.RemoteIpFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Honours {@code X-Forwarded-For/-Proto/-Host/-Port} only from the reverse proxies named
 * in {@code KAKEHASHI_TRUSTED_PROXIES} (addresses or CIDR blocks, comma-separated;
 * loopback by default); from anyone else they are ignored. Tomcat's own
 * {@link RemoteIpFilter} does the work, the same code as the RemoteIpValve behind
 * {@code server.forward-headers-strategy=native}, but as a servlet filter it runs in the
 * tests' MockMvc too, so the trust rules are tested (docs/security.md). The strategy is
 * set to {@code none} so that Spring Boot never adds the valve with its wider defaults.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TrustedProxiesConfig {

	@Bean
	FilterRegistrationBean<RemoteIpFilter> trustedProxies(@Value("${kakehashi.trusted-proxies}") String proxies) {
		RemoteIpFilter filter = new RemoteIpFilter();
		filter.setInternalProxies(asCidrList(proxies));
		// Only the list above, never a second pattern of "trusted" proxies.
		filter.setTrustedProxies(null);
		filter.setRemoteIpHeader("X-Forwarded-For");
		filter.setProtocolHeader("X-Forwarded-Proto");
		filter.setHostHeader("X-Forwarded-Host");
		filter.setPortHeader("X-Forwarded-Port");
		FilterRegistrationBean<RemoteIpFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Tomcat reads a list without a "/" as a regular expression, in which the dots of
	 * "10.0.0.5" match any character; a bare address is made a one-address block instead.
	 * Empty trusts nobody.
	 */
	static String asCidrList(String proxies) {
		return Arrays.stream(proxies.split(","))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.map(p -> p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32"))
			.collect(Collectors.joining(", "));
	}

}
