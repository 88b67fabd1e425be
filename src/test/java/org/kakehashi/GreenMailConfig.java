package org.kakehashi;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real SMTP server for the tests (port 3025, as in the test configuration). One server per
 * test JVM, shared by every Spring context, so contexts never fight over the port. Several test
 * runs on one machine each pick their own port with {@code -Dkakehashi.test.smtp-port=N}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GreenMailConfig {

	private static final GreenMail SERVER = start();

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(Integer.getInteger("kakehashi.test.smtp-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	@Bean
	GreenMail greenMail() {
		return SERVER;
	}

}
