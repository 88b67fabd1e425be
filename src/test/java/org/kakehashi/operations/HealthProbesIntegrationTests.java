package org.kakehashi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.ADMIN_API_KEY;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The probes of docs/operations.md, open to anyone, and what readiness checks. */
@IntegrationTest
class HealthProbesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void readinessAndLivenessAreUpWithoutCredentials() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void detailsStayPrivate() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void theNumbersAnOperatorWatchesAreExported() throws Exception {
		String scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + ADMIN_API_KEY))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(scrape).contains("kakehashi_requests_overdue ", "kakehashi_mail_failed_total ",
				"kakehashi_mail_sent_total ", "kakehashi_mail_given_up_total ",
				"kakehashi_mail_outbox{state=\"failed\"", "kakehashi_mail_outbox{state=\"pending\"",
				"kakehashi_events_publications_incomplete ", "kakehashi_search_index_lag ",
				"kakehashi_search_index_delay_seconds ", "kakehashi_search_index_repaired ",
				"hikaricp_connections_active", "jvm_threads_live_threads");
	}

	@Test
	void aDatabaseThatCannotTakeTheProbeWriteIsDown() {
		JdbcDataSource broken = new JdbcDataSource();
		broken.setURL("jdbc:h2:mem:no-probe-table-" + System.nanoTime());
		DatabaseWriteHealthIndicator indicator = new DatabaseWriteHealthIndicator(JdbcClient.create(broken),
				new TransactionTemplate(new DataSourceTransactionManager(broken)), Clock.systemUTC());

		assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
	}

}
