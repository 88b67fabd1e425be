package org.kakehashi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import organizations FILE.jsonl}: imports into the configured database and
 * prints the summary and each rejected line. Exit 0 when the file was processed, 2 on bad
 * usage or an unreadable file, 1 on any other failure.
 */
public final class ImportCommand {

	private static final CurrentUser OPERATOR = new CurrentUser(0, "cli", "Command line", Role.ADMIN, null, null);

	private ImportCommand() {
	}

	/**
	 * Runs the command; {@code application} is the Spring Boot application class to start
	 * headless.
	 */
	public static int run(Class<?> application, List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 2 || !"organizations".equals(args.get(0))) {
			err.println("usage: import organizations FILE.jsonl");
			return 2;
		}
		Path file = Path.of(args.get(1));
		if (!Files.isReadable(file)) {
			err.println("import: cannot read " + file);
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			// stdout carries the report; keep start-up chatter out of it
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(); InputStream in = Files.newInputStream(file)) {
			ImportReport report = context.getBean(DirectoryService.class)
				.importOrganizations(OPERATOR, in,
						(lines, bytes) -> err.printf("\rimported %,d lines (%,d MB)", lines, bytes >> 20));
			err.println();
			report.problems().forEach(p -> out.println("line " + p.line() + ": " + p.reason()));
			out.println(report.summary());
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			err.println("import failed: " + ex.getMessage());
			return 1;
		}
	}

}
