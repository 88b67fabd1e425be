package org.kakehashi.operations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where the embedded database and the data directory are, read from the same
 * configuration the application uses (application.properties, environment,
 * {@code --name=value} options), without starting the application.
 */
record EmbeddedDatabase(String url, String username, String password, Path file, Path dataDir) {

	private static final String PREFIX = "jdbc:h2:file:";

	/** The H2 file database the configuration names, or empty for any other database. */
	static Optional<EmbeddedDatabase> configured(List<String> options) {
		ConfigurableEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(options.toArray(String[]::new)));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		String url = environment.getProperty("spring.datasource.url", "");
		String dataDir = environment.getProperty("kakehashi.data-dir", "./data");
		if (!url.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String path = url.substring(PREFIX.length()).split(";", 2)[0];
		return Optional.of(new EmbeddedDatabase(url, environment.getProperty("spring.datasource.username", "sa"),
				environment.getProperty("spring.datasource.password", ""),
				Path.of(path + ".mv.db").toAbsolutePath().normalize(), Path.of(dataDir).toAbsolutePath().normalize()));
	}

}
