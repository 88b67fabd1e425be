package org.kakehashi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the tests: one per test JVM on a free port, shared
 * by every Spring context, registered as a bean of type {@link GreenMail} and wired in as
 * {@code spring.mail.host/port}. A free port rather than a fixed one, so test runs in
 * parallel on one machine never collide.
 */
public class GreenMailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final GreenMail SERVER = start();

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("greenmail",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", SERVER.getSmtp().getPort())));
		context.getBeanFactory().registerSingleton("greenMail", SERVER);
	}

}
